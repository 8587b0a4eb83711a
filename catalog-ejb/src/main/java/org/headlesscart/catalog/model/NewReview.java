package org.headlesscart.catalog.model;

/**
 * A review to add, as the REST layer validated it: all texts present, {@code rating} 1-5 or {@code null} for none.
 */
public record NewReview(long productId, String review, String reviewer, String reviewerEmail, Integer rating) {
}
