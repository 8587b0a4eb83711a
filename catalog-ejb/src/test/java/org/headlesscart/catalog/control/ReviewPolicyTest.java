package org.headlesscart.catalog.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReviewPolicyTest {

    @Test
    void withPurchasesRequiredNobodyMayReviewYetBecauseNothingHasBeenBought() {
        ReviewPolicy policy = new ReviewPolicy();
        policy.requirePurchase = true;

        assertFalse(policy.canReview("customer@example.com", 10), "R-REVIEW: 403 cocart_cannot_create");
    }

    @Test
    void withoutThatRuleAnyoneMayReviewButNobodyIsAVerifiedOwner() {
        ReviewPolicy policy = new ReviewPolicy();
        policy.requirePurchase = false;

        assertTrue(policy.canReview("anyone@example.com", 10));
        assertFalse(policy.hasBought("anyone@example.com", 10));
    }
}
