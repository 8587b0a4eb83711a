package org.headlesscart.pricing.control.coupon;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponCheck;

/**
 * A coupon with WooCommerce's defaults, changed one field at a time, and the cart it is checked against: a Beanie
 * (id 10, category 5 "Hats") 2 × $18.00 and a Cap (variation 21 of product 20, categories 5 "Hats" and 6
 * "Accessories") 1 × $16.00, $52.00 displayed, checked at {@link #NOW}.
 */
final class CouponSpec {

    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    static final CartInput.Line BEANIE = line("b", 10, 0, "Beanie", 1800, 2, Set.of(5L), false);
    static final CartInput.Line CAP = line("c", 21, 20, "Cap - Blue", 1600, 1, Set.of(5L, 6L), false);
    static final Map<Long, String> CATEGORIES = Map.of(5L, "Hats", 6L, "Accessories", 7L, "Sale");

    String type = Coupon.FIXED_CART;
    Instant expires;
    Set<Long> products = Set.of();
    Set<Long> excludedProducts = Set.of();
    Set<Long> categories = Set.of();
    Set<Long> excludedCategories = Set.of();
    boolean excludeSaleItems;
    BigDecimal minimum;
    BigDecimal maximum;
    int usageLimit;
    int usageLimitPerUser;
    List<String> emailRestrictions = List.of();
    int usageCount;
    List<String> usedBy = List.of();

    Coupon coupon() {
        return new Coupon(1, "save10", type, new BigDecimal("10"), expires, false, products, excludedProducts,
                categories, excludedCategories, excludeSaleItems, minimum, maximum, usageLimit, usageLimitPerUser,
                null, false, emailRestrictions, usageCount, usedBy);
    }

    static CouponCheck cart(List<CartInput.Line> lines, long userId, List<String> emails) {
        long subtotal = lines.stream().mapToLong(CartInput.Line::amountMinor).sum();
        return new CouponCheck(lines, subtotal, NOW, userId, emails, List.of(), Map.of(), CATEGORIES, 2,
                minor -> "$" + BigDecimal.valueOf(minor, 2).toPlainString());
    }

    static CouponCheck cart() {
        return cart(List.of(BEANIE, CAP), 0, List.of());
    }

    static CartInput.Line line(String key, long productId, long parentId, String name, long unit, int qty,
            Set<Long> categories, boolean onSale) {
        return new CartInput.Line(key, productId, parentId, name, unit, BigDecimal.valueOf(qty), unit * qty,
                "taxable", "", onSale, categories, true, 0);
    }

    static CartInput.Line onSale(CartInput.Line line) {
        return new CartInput.Line(line.key(), line.productId(), line.parentId(), line.name(), line.unitPriceMinor(),
                line.quantity(), line.amountMinor(), line.taxStatus(), line.taxClass(), true, line.categoryIds(),
                line.needsShipping(), line.shippingClassId());
    }
}
