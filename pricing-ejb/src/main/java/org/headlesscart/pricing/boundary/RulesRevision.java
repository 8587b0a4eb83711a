package org.headlesscart.pricing.boundary;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Moves the revision that cached pricing rules and catalog answers are keyed by, after an admin write. One seam so
 * every tax and shipping write does it the same way.
 */
@ApplicationScoped
public class RulesRevision {

    public void bump() {
        // Wired to the catalog revision once the pricing service lands (branch p-store).
    }
}
