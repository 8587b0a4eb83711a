package org.headlesscart.pricing.control.coupon;

import java.util.Collections;
import java.util.Set;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;

/**
 * WooCommerce's {@code WC_Coupon::is_valid_for_product}: which lines a {@code percent} or {@code fixed_product}
 * coupon discounts. A {@code fixed_cart} coupon discounts every line (its restrictions only gate whether it may be
 * applied at all), so this answers {@code true} for it.
 */
public final class CouponEligibility {

    private CouponEligibility() {
    }

    /** Whether {@code coupon} takes something off {@code line}. */
    public static boolean discounts(Coupon coupon, CartInput.Line line) {
        if (!coupon.isProductType()) {
            return true;
        }
        return isValidForProduct(coupon, line);
    }

    /**
     * The product-type rule: included when no include list is set, or the product or its parent is listed, or one
     * of its categories is (a line's categories are already its parent's for a variation); then excluded by id,
     * by category, or as a sale item when the coupon excludes those. An exclusion beats an inclusion.
     */
    public static boolean isValidForProduct(Coupon coupon, CartInput.Line line) {
        Set<Long> ids = line.parentId() == 0 ? Set.of(line.productId()) : Set.of(line.productId(), line.parentId());
        boolean noIncludeList = coupon.productIds().isEmpty() && coupon.categoryIds().isEmpty();
        boolean included = noIncludeList || intersects(ids, coupon.productIds())
                || intersects(line.categoryIds(), coupon.categoryIds());
        boolean excluded = intersects(ids, coupon.excludedProductIds())
                || intersects(line.categoryIds(), coupon.excludedCategoryIds())
                || (coupon.excludeSaleItems() && line.onSale());
        return included && !excluded;
    }

    private static boolean intersects(Set<Long> a, Set<Long> b) {
        return !Collections.disjoint(a, b);
    }
}
