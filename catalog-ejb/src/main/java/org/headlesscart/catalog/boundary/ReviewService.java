package org.headlesscart.catalog.boundary;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.headlesscart.catalog.control.ReviewLookup;
import org.headlesscart.catalog.control.ReviewPolicy;
import org.headlesscart.catalog.entity.Product;
import org.headlesscart.catalog.model.NewReview;
import org.headlesscart.catalog.model.ReviewPage;
import org.headlesscart.catalog.model.ReviewQuery;
import org.headlesscart.catalog.model.ReviewView;

/**
 * Product reviews (contract §5.6): the public list, one review, and adding one. Only approved reviews of
 * published products are public. Who may add a review is {@link ReviewPolicy}'s rule.
 */
@Stateless
public class ReviewService {

    private static final Logger LOG = System.getLogger(ReviewService.class.getName());

    @Inject
    ReviewLookup reviews;

    @Inject
    ReviewPolicy policy;

    /** One page of public reviews, filtered and ordered as asked (newest first by default). */
    public ReviewPage listReviews(ReviewQuery query) {
        return reviews.page(query);
    }

    /**
     * One public review.
     *
     * @throws CatalogException REVIEW_NOT_FOUND when it does not exist, is not approved or its product is not
     *         published
     */
    public ReviewView getReview(long id) {
        return reviews.find(id).orElseThrow(() -> CatalogFailure.REVIEW_NOT_FOUND.exception(id));
    }

    /**
     * Adds a review, approved at once. The reviewer's permission is checked before the product, as CoCart does,
     * so with purchases required an unknown product is refused like any other. Marks the catalog changed, because
     * product responses show review counts and ratings.
     *
     * @param verifiedBuyer whether the reviewer bought the product (a paid order of it, the order component's
     *                      answer): it marks the review "verified", and with purchases required it is needed
     * @throws CatalogException REVIEW_NOT_ALLOWED when the reviewer may not review the product,
     *         REVIEWED_PRODUCT_NOT_FOUND when the product is unknown, unpublished or a variation
     */
    public ReviewView createReview(NewReview review, boolean verifiedBuyer) {
        if (!policy.canReview(verifiedBuyer)) {
            throw CatalogFailure.REVIEW_NOT_ALLOWED.exception(review.productId());
        }
        Product product = reviews.reviewable(review.productId())
                .orElseThrow(() -> CatalogFailure.REVIEWED_PRODUCT_NOT_FOUND.exception(review.productId()));
        ReviewView added = reviews.add(product, review, verifiedBuyer);
        LOG.log(Level.INFO, "Review {0} added to product {1}", String.valueOf(added.id()),
                String.valueOf(added.productId()));
        return added;
    }
}
