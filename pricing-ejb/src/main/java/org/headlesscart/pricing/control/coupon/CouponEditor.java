package org.headlesscart.pricing.control.coupon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.headlesscart.platform.numbers.Decimals;
import org.headlesscart.pricing.entity.StoredCoupon;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponDraft;

/**
 * Applies an admin's draft to a coupon as WooCommerce's REST controller and {@code WC_Coupon}'s setters do, field
 * by field, then checks the result: codes lower-case and unique, amounts numeric and not negative (a percentage at
 * most 100, judged on the final type, whatever order the fields came in), e-mail restrictions real addresses
 * ({@code *} allowed in the local part, as WooCommerce allows it) kept lower-case, dates WooCommerce's formats.
 * Unlike WooCommerce, which silently turns text into 0 and negative counts into positive ones, such values are
 * refused: an admin tool that stores something else than what was sent hides mistakes.
 */
public final class CouponEditor {

    public static final Set<String> TYPES = Set.of(Coupon.PERCENT, Coupon.FIXED_CART, Coupon.FIXED_PRODUCT);
    public static final Set<String> STATUSES = Set.of("publish", "draft", "pending", "private");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final Pattern EMAIL = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");

    private final Map<String, String> invalid = new LinkedHashMap<>();
    private final ZoneId zone;

    public CouponEditor(ZoneId zone) {
        this.zone = zone;
    }

    /** Writes the draft's given fields into {@code coupon}; a problem leaves it half-written (roll back). */
    public Optional<CouponProblem> apply(StoredCoupon coupon, CouponDraft draft) {
        if (draft.code() != null) {
            coupon.setCode(CouponRows.normalizeCode(draft.code()));
        }
        if (draft.discountType() != null) {
            coupon.setDiscountType(draft.discountType());
        }
        if (draft.status() != null) {
            coupon.setStatus(draft.status());
        }
        if (draft.description() != null) {
            coupon.setDescription(draft.description());
        }
        amounts(coupon, draft);
        expiry(coupon, draft);
        flags(coupon, draft);
        lists(coupon, draft);
        counts(coupon, draft);
        if (!invalid.isEmpty()) {
            return Optional.of(new CouponProblem(CouponProblem.Kind.INVALID_FIELDS, invalid));
        }
        return check(coupon, draft);
    }

    private Optional<CouponProblem> check(StoredCoupon coupon, CouponDraft draft) {
        if (coupon.getCode() == null || coupon.getCode().isEmpty()) {
            return Optional.of(CouponProblem.of(CouponProblem.Kind.EMPTY_CODE));
        }
        if (coupon.getCode().length() > 190) {
            return invalid("code", "code must be at most 190 characters.");
        }
        if (!TYPES.contains(coupon.getDiscountType())) {
            return invalid("discount_type", "discount_type is not one of percent, fixed_cart and fixed_product.");
        }
        if (!STATUSES.contains(coupon.getStatus()) && !"trash".equals(coupon.getStatus())) {
            return invalid("status", "status is not one of publish, draft, pending and private.");
        }
        boolean percentOver100 = Coupon.PERCENT.equals(coupon.getDiscountType())
                && coupon.getAmount().compareTo(BigDecimal.valueOf(100)) > 0;
        if (coupon.getAmount().signum() < 0 || percentOver100) {
            return Optional.of(CouponProblem.of(CouponProblem.Kind.INVALID_AMOUNT));
        }
        if (draft.emailRestrictions() != null && CouponRows.lines(coupon.getEmailRestrictions()).stream()
                .anyMatch(email -> !EMAIL.matcher(email).matches())) {
            return Optional.of(CouponProblem.of(CouponProblem.Kind.INVALID_EMAIL));
        }
        return Optional.empty();
    }

    private void amounts(StoredCoupon coupon, CouponDraft draft) {
        if (draft.amount() != null) {
            BigDecimal amount = amount("amount", draft.amount(), true);
            coupon.setAmount(amount == null ? BigDecimal.ZERO : amount);
        }
        if (draft.minimumAmount() != null) {
            coupon.setMinimumAmount(amount("minimum_amount", draft.minimumAmount(), false));
        }
        if (draft.maximumAmount() != null) {
            coupon.setMaximumAmount(amount("maximum_amount", draft.maximumAmount(), false));
        }
    }

    /**
     * {@code null} for "" (none); a problem for text that is no number, or one too large to store. A negative
     * discount is WooCommerce's own refusal ({@code coupon_invalid_amount}, see check), a negative spend ours.
     */
    private BigDecimal amount(String field, String text, boolean negativeChecked) {
        if (text.isBlank()) {
            return null;
        }
        Decimals.Reading reading = Decimals.read(text.trim());
        if (reading.kind() == Decimals.Kind.TINY) {
            return BigDecimal.ZERO;
        }
        if (!reading.isNumber() || reading.value().abs().compareTo(MAX_AMOUNT) >= 0) {
            invalid.putIfAbsent(field, field + " is not a valid amount.");
            return null;
        }
        if (reading.value().signum() < 0 && !negativeChecked) {
            invalid.putIfAbsent(field, field + " must not be negative.");
            return null;
        }
        return reading.value().setScale(6, RoundingMode.HALF_UP);
    }

    private void expiry(StoredCoupon coupon, CouponDraft draft) {
        if (draft.dateExpiresGmt() != null) {
            coupon.setExpiresAt(date("date_expires_gmt", draft.dateExpiresGmt(), ZoneOffset.UTC));
        } else if (draft.dateExpires() != null) {
            coupon.setExpiresAt(date("date_expires", draft.dateExpires(), zone));
        }
    }

    private Instant date(String field, String text, ZoneId in) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                String local = text.trim().length() == 10 ? text.trim() + "T00:00:00" : text.trim();
                return LocalDateTime.parse(local).atZone(in).toInstant();
            } catch (DateTimeException e) {
                invalid.putIfAbsent(field, "Invalid date.");
                return null;
            }
        }
    }

    private static void flags(StoredCoupon coupon, CouponDraft draft) {
        if (draft.individualUse() != null) {
            coupon.setIndividualUse(draft.individualUse());
        }
        if (draft.freeShipping() != null) {
            coupon.setFreeShipping(draft.freeShipping());
        }
        if (draft.excludeSaleItems() != null) {
            coupon.setExcludeSaleItems(draft.excludeSaleItems());
        }
    }

    private static void lists(StoredCoupon coupon, CouponDraft draft) {
        if (draft.productIds() != null) {
            coupon.setProductIds(CouponRows.idText(distinct(draft.productIds())));
        }
        if (draft.excludedProductIds() != null) {
            coupon.setExcludedProductIds(CouponRows.idText(distinct(draft.excludedProductIds())));
        }
        if (draft.productCategories() != null) {
            coupon.setCategoryIds(CouponRows.idText(distinct(draft.productCategories())));
        }
        if (draft.excludedProductCategories() != null) {
            coupon.setExcludedCategoryIds(CouponRows.idText(distinct(draft.excludedProductCategories())));
        }
        if (draft.emailRestrictions() != null) {
            coupon.setEmailRestrictions(CouponRows.lineText(draft.emailRestrictions().stream()
                    .map(email -> email.trim().toLowerCase(Locale.ROOT)).filter(email -> !email.isEmpty())
                    .distinct().toList()));
        }
    }

    private void counts(StoredCoupon coupon, CouponDraft draft) {
        if (draft.usageLimit() != null) {
            coupon.setUsageLimit(count("usage_limit", draft.usageLimit()));
        }
        if (draft.usageLimitPerUser() != null) {
            coupon.setUsageLimitPerUser(count("usage_limit_per_user", draft.usageLimitPerUser()));
        }
        if (draft.limitUsageToXItems() != null) {
            int items = count("limit_usage_to_x_items", draft.limitUsageToXItems());
            coupon.setLimitUsageToXItems(items == 0 ? null : items);
        }
    }

    private int count(String field, int value) {
        if (value < 0) {
            invalid.putIfAbsent(field, field + " must not be negative.");
            return 0;
        }
        return value;
    }

    private Optional<CouponProblem> invalid(String field, String message) {
        return Optional.of(new CouponProblem(CouponProblem.Kind.INVALID_FIELDS, Map.of(field, message)));
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids.stream().distinct().toList();
    }
}
