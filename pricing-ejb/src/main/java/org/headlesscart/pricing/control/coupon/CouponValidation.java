package org.headlesscart.pricing.control.coupon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponCheck;
import org.headlesscart.pricing.model.CouponError;
import org.headlesscart.pricing.model.CouponMessages;

/**
 * WooCommerce's coupon checks in its order, first failure wins ({@code WC_Discounts::is_coupon_valid} and the
 * e-mail and usage checks, COCART-PLUS §3.1), with its numbered errors and decision 8's wording.
 *
 * <p>The order: usage limit (106), the logged-in customer's uses (106), expiry (107), minimum spend (108), maximum
 * spend (112), the product, category and eligibility restrictions (109, 110, 113, 114, see
 * {@link CouponRestrictions}); then, once the customer's e-mail is known, the allowed e-mails (102) and a guest's
 * uses counted by e-mail (106), as {@code WC_Cart::check_customer_coupons} checks only coupons that passed the
 * rest. Existence (105) is the caller's; no filter can refuse a coupon here, so 100 never comes; usage held by
 * pending orders (115, 116) is checkout's, which has the holds.
 */
public final class CouponValidation {

    private CouponValidation() {
    }

    /** Why {@code coupon} cannot stay in (or enter) the cart described by {@code check}; empty when it can. */
    public static Optional<CouponError> check(Coupon coupon, CouponCheck check) {
        return usageLimit(coupon)
                .or(() -> userUsageLimit(coupon, check))
                .or(() -> expiry(coupon, check))
                .or(() -> minimumSpend(coupon, check))
                .or(() -> maximumSpend(coupon, check))
                .or(() -> CouponRestrictions.check(coupon, check))
                .or(() -> CouponEmails.check(coupon, check));
    }

    /** {@code usage_count < usage_limit}; 0 is unlimited. */
    private static Optional<CouponError> usageLimit(Coupon coupon) {
        return coupon.usageLimit() > 0 && coupon.usageCount() >= coupon.usageLimit()
                ? error(106, CouponMessages.usageLimitReached(coupon.code()))
                : Optional.empty();
    }

    /** A logged-in customer's uses are the order entries of {@code used_by} holding their user id. */
    private static Optional<CouponError> userUsageLimit(Coupon coupon, CouponCheck check) {
        if (check.userId() == 0 || coupon.usageLimitPerUser() <= 0) {
            return Optional.empty();
        }
        String userId = Long.toString(check.userId());
        long uses = coupon.usedBy().stream().filter(userId::equals).count();
        return uses >= coupon.usageLimitPerUser()
                ? error(106, CouponMessages.usageLimitReached(coupon.code()))
                : Optional.empty();
    }

    /** {@code time() > expires}: whole seconds, as PHP's timestamps, so the expiry second itself is still valid. */
    private static Optional<CouponError> expiry(Coupon coupon, CouponCheck check) {
        return coupon.expires() != null && check.now().getEpochSecond() > coupon.expires().getEpochSecond()
                ? error(107, CouponMessages.expired(coupon.code()))
                : Optional.empty();
    }

    /** {@code minimum_amount > 0 && minimum_amount > displayed subtotal}. */
    private static Optional<CouponError> minimumSpend(Coupon coupon, CouponCheck check) {
        BigDecimal minimum = coupon.minimumAmount();
        return minimum != null && minimum.signum() > 0 && minimum.compareTo(subtotal(check)) > 0
                ? error(108, CouponMessages.minimumSpend(coupon.code(), formatted(minimum, check)))
                : Optional.empty();
    }

    /** {@code maximum_amount > 0 && maximum_amount < displayed subtotal}. */
    private static Optional<CouponError> maximumSpend(Coupon coupon, CouponCheck check) {
        BigDecimal maximum = coupon.maximumAmount();
        return maximum != null && maximum.signum() > 0 && maximum.compareTo(subtotal(check)) < 0
                ? error(112, CouponMessages.maximumSpend(coupon.code(), formatted(maximum, check)))
                : Optional.empty();
    }

    private static BigDecimal subtotal(CouponCheck check) {
        return BigDecimal.valueOf(check.displayedSubtotal(), check.decimals());
    }

    /** {@code wc_price} rounds the amount half-up to the currency's decimals before formatting it. */
    private static String formatted(BigDecimal amount, CouponCheck check) {
        long minor = amount.setScale(check.decimals(), RoundingMode.HALF_UP).movePointRight(check.decimals())
                .longValue();
        return check.priceFormat().apply(minor);
    }

    static Optional<CouponError> error(int code, String message) {
        return Optional.of(new CouponError(code, message));
    }
}
