package org.headlesscart.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may review a product. CoCart lets only verified buyers review: the reviewer (their account, or the e-mail
 * given) must have a paid order of the product. {@code headlesscart.catalog.reviews-require-purchase} (default
 * true) keeps that rule; false lets anyone review a published product. Whether someone bought the product is the
 * order component's answer; the catalog may not ask it (it sits below checkout), so the caller passes the answer in.
 */
@ApplicationScoped
public class ReviewPolicy {

    @Inject
    @ConfigProperty(name = "headlesscart.catalog.reviews-require-purchase")
    boolean requirePurchase;

    /** Whether a review may be added by someone who did ({@code verifiedBuyer}) or did not buy the product. */
    public boolean canReview(boolean verifiedBuyer) {
        return !requirePurchase || verifiedBuyer;
    }
}
