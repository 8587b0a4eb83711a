package org.headlesscart.pricing.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A published coupon with WooCommerce's fields and defaults (COCART-PLUS §3.1). Amounts are decimals in the store
 * currency as the admin entered them ({@code amount} is a percentage for {@code percent}).
 *
 * @param code               lower-case; matching is case-insensitive
 * @param discountType       {@code percent}, {@code fixed_cart} or {@code fixed_product}
 * @param expires            the instant it stops being valid, {@code null} for never
 * @param minimumAmount      {@code null} for none
 * @param maximumAmount      {@code null} for none
 * @param usageLimit         0 = unlimited
 * @param usageLimitPerUser  0 = unlimited
 * @param limitUsageToXItems {@code null} for no limit
 * @param emailRestrictions  lower-case patterns, {@code *} as wildcard; empty = anyone
 * @param usageCount         placed orders that used it (counted by checkout)
 * @param usedBy             user ids (as text) and billing e-mails of those orders, one entry per use
 */
public record Coupon(long id, String code, String discountType, BigDecimal amount, Instant expires,
        boolean individualUse, Set<Long> productIds, Set<Long> excludedProductIds, Set<Long> categoryIds,
        Set<Long> excludedCategoryIds, boolean excludeSaleItems, BigDecimal minimumAmount, BigDecimal maximumAmount,
        int usageLimit, int usageLimitPerUser, Integer limitUsageToXItems, boolean freeShipping,
        List<String> emailRestrictions, int usageCount, List<String> usedBy) {

    public static final String PERCENT = "percent";
    public static final String FIXED_CART = "fixed_cart";
    public static final String FIXED_PRODUCT = "fixed_product";

    public Coupon {
        productIds = Set.copyOf(productIds);
        excludedProductIds = Set.copyOf(excludedProductIds);
        categoryIds = Set.copyOf(categoryIds);
        excludedCategoryIds = Set.copyOf(excludedCategoryIds);
        emailRestrictions = List.copyOf(emailRestrictions);
        usedBy = List.copyOf(usedBy);
    }

    /** {@code percent} and {@code fixed_product} discount lines; {@code fixed_cart} discounts the cart. */
    public boolean isProductType() {
        return PERCENT.equals(discountType) || FIXED_PRODUCT.equals(discountType);
    }
}
