package org.headlesscart.pricing.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.headlesscart.catalog.boundary.CatalogRevisionService;

/**
 * Moves the catalog revision after a tax or shipping admin write, in the write's transaction: pricing rules and the
 * answers built from them (tax-inclusive prices, kept carts) are kept per catalog revision (PricingService), so
 * the next request reads the new table. One seam, so every write does it the same way, last.
 */
@ApplicationScoped
public class RulesRevision {

    @EJB
    CatalogRevisionService revisions;

    public void bump() {
        revisions.bump();
    }
}
