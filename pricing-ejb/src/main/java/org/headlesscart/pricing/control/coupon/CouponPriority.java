package org.headlesscart.pricing.control.coupon;

import java.util.Comparator;

import org.headlesscart.pricing.model.Coupon;

/**
 * The order in which {@code WC_Cart_Totals} applies coupons, so that the same cart gives the same split on every
 * install: {@code fixed_product}, then {@code percent}, then {@code fixed_cart} (unknown types first, as
 * WooCommerce's custom types); ties by {@code limit_usage_to_x_items} ascending (no limit first: PHP ranks null
 * below any number), then amount ascending, then the newer coupon (higher id) first.
 */
final class CouponPriority {

    static final Comparator<Coupon> ORDER = Comparator.comparingInt(CouponPriority::typeRank)
            .thenComparing(Coupon::limitUsageToXItems, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Coupon::amount)
            .thenComparing(Comparator.comparingLong(Coupon::id).reversed());

    private CouponPriority() {
    }

    private static int typeRank(Coupon coupon) {
        return switch (coupon.discountType()) {
            case Coupon.FIXED_PRODUCT -> 1;
            case Coupon.PERCENT -> 2;
            case Coupon.FIXED_CART -> 3;
            default -> 0;
        };
    }
}
