package org.headlesscart.catalog.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReviewPolicyTest {

    @Test
    void withPurchasesRequiredOnlyBuyersMayReview() {
        ReviewPolicy policy = new ReviewPolicy();
        policy.requirePurchase = true;

        assertFalse(policy.canReview(false), "R-REVIEW: 403 cocart_cannot_create");
        assertTrue(policy.canReview(true));
    }

    @Test
    void withoutThatRuleAnyoneMayReview() {
        ReviewPolicy policy = new ReviewPolicy();
        policy.requirePurchase = false;

        assertTrue(policy.canReview(false));
        assertTrue(policy.canReview(true));
    }
}
