package org.headlesscart.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may review a product. CoCart lets only verified buyers review: the reviewer's e-mail must belong to a
 * customer who bought the product. {@code headlesscart.catalog.reviews-require-purchase} (default true) keeps
 * that rule; false lets anyone review a published product.
 */
@ApplicationScoped
public class ReviewPolicy {

    @Inject
    @ConfigProperty(name = "headlesscart.catalog.reviews-require-purchase")
    boolean requirePurchase;

    /** Whether a review by this e-mail address of this product may be added. */
    public boolean canReview(String reviewerEmail, long productId) {
        return !requirePurchase || hasBought(reviewerEmail, productId);
    }

    /**
     * Whether the e-mail's customer bought the product, which also marks the review "verified". Nothing can be
     * bought yet (there are no orders, and the catalog may not ask another component), so the answer is no, and
     * with purchases required every review is refused until checkout exists.
     */
    public boolean hasBought(String reviewerEmail, long productId) {
        return false;
    }
}
