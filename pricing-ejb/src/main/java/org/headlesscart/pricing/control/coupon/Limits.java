package org.headlesscart.pricing.control.coupon;

import org.headlesscart.pricing.model.Coupon;

/**
 * {@code limit_usage_to_x_items}: the units a coupon may discount, counted across the items in price order, so the
 * dearest lines use the allowance first.
 */
final class Limits {

    /** No limit. */
    static final long NONE = 0;

    private Limits() {
    }

    /** The coupon's limit, {@link #NONE} when it has none (WooCommerce treats 0 as none too). */
    static long of(Coupon coupon) {
        Integer limit = coupon.limitUsageToXItems();
        return limit == null || limit <= 0 ? NONE : limit;
    }

    /** How many of an item's {@code units} the coupon still covers after {@code applied} units on dearer items. */
    static long applyQuantity(long limit, long applied, long units) {
        if (limit == NONE) {
            return units;
        }
        return Math.max(0, Math.min(units, limit - applied));
    }
}
