package org.headlesscart.catalog.boundary;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.catalog.control.ProductStore;
import org.headlesscart.catalog.control.PurchasableLookup;

/**
 * The catalog revision for the components that keep answers built from data of their own which the storefront
 * shows with the catalog (pricing's rules and coupons: tax-inclusive product prices, cart totals). They bump the
 * catalog revision instead of keeping one of their own, so that every answer kept per catalog revision (rendered
 * products, kept {@code GET /cart} answers, cached purchasables) is invalidated by their writes with no new
 * plumbing.
 */
@Stateless
public class CatalogRevisionService {

    @Inject
    PurchasableLookup lookup;

    @Inject
    ProductStore products;

    /**
     * The revision as this instance trusts it ({@code headlesscart.catalog.revision-freshness}), the same one for
     * the whole caller's transaction as the cart's product reads see: usually no statement at all, else one
     * primary-key read on the catalog connection the caller's transaction already holds.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long current() {
        return lookup.revisionOfTransaction();
    }

    /**
     * Marks the catalog changed in the caller's transaction, which must exist: the change and the bump commit
     * together. Call it last, so that the revision row stays locked only until the commit.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void bump() {
        products.bumpRevision(Instant.now());
    }
}
