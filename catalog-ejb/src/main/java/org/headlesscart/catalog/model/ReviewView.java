package org.headlesscart.catalog.model;

import java.time.Instant;

/**
 * A product review as the Products API shows it: the text as written (the REST layer makes it HTML), a rating of
 * 1-5 or 0 for none, the product's slug for its permalink, and the reviewer's e-mail for the avatar only.
 */
public record ReviewView(long id, Instant created, long productId, String productSlug, String status,
        String reviewer, String reviewerEmail, String review, int rating, boolean verified) {
}
