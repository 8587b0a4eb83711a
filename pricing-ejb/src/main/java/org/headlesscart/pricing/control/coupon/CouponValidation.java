package org.headlesscart.pricing.control.coupon;

import java.util.Optional;

import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponCheck;
import org.headlesscart.pricing.model.CouponError;

/**
 * WooCommerce's coupon checks in its order, first failure wins ({@code WC_Discounts::is_coupon_valid} and the
 * e-mail and usage checks, COCART-PLUS §3.1), with its numbered errors and decision 8's wording.
 */
public final class CouponValidation {

    private CouponValidation() {
    }

    /** Why {@code coupon} cannot stay in (or enter) the cart described by {@code check}; empty when it can. */
    public static Optional<CouponError> check(Coupon coupon, CouponCheck check) {
        throw new UnsupportedOperationException("not written yet");
    }
}
