package org.headlesscart.pricing.model;

import java.util.List;

/**
 * A coupon create or update as the admin sent it, WooCommerce's writable fields ({@code wc/v3/coupons}); every
 * field {@code null} when not given (an update keeps it). Amounts and dates are the text sent: {@code ""} clears
 * an optional amount or the expiry. Dates are WooCommerce's {@code Y-m-d\TH:i:s} (or a date, or ISO 8601 with an
 * offset); {@code dateExpires} is read in the store's zone, and {@code dateExpiresGmt} wins over it.
 */
public record CouponDraft(String code, String amount, String status, String discountType, String description,
        String dateExpires, String dateExpiresGmt, Boolean individualUse, List<Long> productIds,
        List<Long> excludedProductIds, Integer usageLimit, Integer usageLimitPerUser, Integer limitUsageToXItems,
        Boolean freeShipping, List<Long> productCategories, List<Long> excludedProductCategories,
        Boolean excludeSaleItems, String minimumAmount, String maximumAmount, List<String> emailRestrictions) {
}
