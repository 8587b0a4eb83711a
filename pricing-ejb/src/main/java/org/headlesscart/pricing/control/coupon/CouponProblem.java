package org.headlesscart.pricing.control.coupon;

import java.util.Map;

/**
 * Why a coupon draft cannot be stored.
 *
 * @param fields for {@link Kind#INVALID_FIELDS}: each bad field (its wire name) and what is wrong with it
 */
public record CouponProblem(Kind kind, Map<String, String> fields) {

    public enum Kind {
        /** WooCommerce's {@code woocommerce_rest_empty_coupon_code}. */
        EMPTY_CODE,
        /** WooCommerce's {@code coupon_invalid_amount}: negative, or a percentage over 100. */
        INVALID_AMOUNT,
        /** WooCommerce's {@code coupon_invalid_email_address}. */
        INVALID_EMAIL,
        /** Values WooCommerce's schema or setters would not keep as sent. */
        INVALID_FIELDS
    }

    static CouponProblem of(Kind kind) {
        return new CouponProblem(kind, Map.of());
    }
}
