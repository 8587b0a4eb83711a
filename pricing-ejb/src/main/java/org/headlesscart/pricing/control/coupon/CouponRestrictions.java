package org.headlesscart.pricing.control.coupon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponCheck;
import org.headlesscart.pricing.model.CouponError;
import org.headlesscart.pricing.model.CouponMessages;

/**
 * The cart-content checks of {@code WC_Discounts::is_coupon_valid}, in its order: a listed product (109), a listed
 * category (109, sale items skipped when the coupon excludes them), for product-type coupons one line the coupon
 * discounts (109), and for cart-type coupons no sale item (110), no excluded product (113) and no excluded
 * category (114) anywhere in the cart. A line's categories already include its parent's.
 */
final class CouponRestrictions {

    private CouponRestrictions() {
    }

    static Optional<CouponError> check(Coupon coupon, CouponCheck check) {
        List<CartInput.Line> lines = check.lines();
        if (!coupon.productIds().isEmpty() && lines.stream().noneMatch(line -> listed(line, coupon.productIds()))) {
            return notApplicable(coupon);
        }
        if (!coupon.categoryIds().isEmpty() && lines.stream()
                .filter(line -> !(coupon.excludeSaleItems() && line.onSale()))
                .noneMatch(line -> !Collections.disjoint(line.categoryIds(), coupon.categoryIds()))) {
            return notApplicable(coupon);
        }
        if (coupon.isProductType()) {
            // WooCommerce skips this for an empty cart: nothing to test is not a failure here.
            return !lines.isEmpty() && lines.stream().noneMatch(line -> CouponEligibility.isValidForProduct(coupon,
                    line)) ? notApplicable(coupon) : Optional.empty();
        }
        return cartTypeExclusions(coupon, check);
    }

    private static Optional<CouponError> cartTypeExclusions(Coupon coupon, CouponCheck check) {
        if (coupon.excludeSaleItems() && check.lines().stream().anyMatch(CartInput.Line::onSale)) {
            return CouponValidation.error(110, CouponMessages.notValidForSaleItems(coupon.code()));
        }
        List<String> products = new ArrayList<>();
        for (CartInput.Line line : check.lines()) {
            if (listed(line, coupon.excludedProductIds())) {
                products.add(check.productNames().getOrDefault(line.productId(), line.name()));
            }
        }
        if (!products.isEmpty()) {
            return CouponValidation.error(113, CouponMessages.excludedProducts(coupon.code(), products));
        }
        List<String> categories = excludedCategoryNames(coupon, check);
        return categories.isEmpty() ? Optional.empty()
                : CouponValidation.error(114, CouponMessages.excludedCategories(coupon.code(), categories));
    }

    /**
     * The excluded categories' names, line by line, each once. WordPress lists a product's terms by name, so
     * within a line they come alphabetically.
     */
    private static List<String> excludedCategoryNames(Coupon coupon, CouponCheck check) {
        Set<String> names = new LinkedHashSet<>();
        for (CartInput.Line line : check.lines()) {
            List<String> lineNames = new ArrayList<>();
            for (Long categoryId : line.categoryIds()) {
                if (coupon.excludedCategoryIds().contains(categoryId)) {
                    lineNames.add(check.categoryNames().getOrDefault(categoryId, Long.toString(categoryId)));
                }
            }
            lineNames.sort(String.CASE_INSENSITIVE_ORDER);
            names.addAll(lineNames);
        }
        return List.copyOf(names);
    }

    /** The line's product, or a variation's parent, is in {@code ids}. */
    private static boolean listed(CartInput.Line line, Set<Long> ids) {
        return ids.contains(line.productId()) || line.parentId() != 0 && ids.contains(line.parentId());
    }

    private static Optional<CouponError> notApplicable(Coupon coupon) {
        return CouponValidation.error(109, CouponMessages.notApplicableToSelectedProducts(coupon.code()));
    }
}
