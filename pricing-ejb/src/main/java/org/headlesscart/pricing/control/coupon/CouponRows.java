package org.headlesscart.pricing.control.coupon;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.headlesscart.pricing.entity.StoredCoupon;
import org.headlesscart.pricing.model.Coupon;

/** A stored coupon as the shared record, and the text forms of its lists (see {@link StoredCoupon}). */
public final class CouponRows {

    private CouponRows() {
    }

    /** The coupon with its {@code used_by} entries (CouponStore#usedBy), in the order of the uses. */
    public static Coupon coupon(StoredCoupon row, List<String> usedBy) {
        return new Coupon(row.getId() == null ? 0 : row.getId(), row.getCode(), row.getDiscountType(), row.getAmount(), row.getExpiresAt(),
                row.isIndividualUse(), ids(row.getProductIds()), ids(row.getExcludedProductIds()),
                ids(row.getCategoryIds()), ids(row.getExcludedCategoryIds()), row.isExcludeSaleItems(),
                row.getMinimumAmount(), row.getMaximumAmount(), row.getUsageLimit(), row.getUsageLimitPerUser(),
                row.getLimitUsageToXItems(), row.isFreeShipping(), lines(row.getEmailRestrictions()),
                row.getUsageCount(), usedBy);
    }

    /** WooCommerce matches coupon codes case-insensitively: they are kept and looked up lower-case. */
    public static String normalizeCode(String code) {
        return code.trim().toLowerCase(Locale.ROOT);
    }

    public static Set<Long> ids(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(part -> !part.isEmpty()).map(Long::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static String idText(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    public static String lineText(Collection<String> values) {
        return String.join("\n", values);
    }
}
