package org.headlesscart.pricing.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;


/**
 * What coupon validation looks at besides the coupon.
 *
 * @param lines             the cart's lines
 * @param displayedSubtotal items before discounts, incl. tax when the cart displays prices incl. tax, minor units
 * @param now               the instant to test expiry against
 * @param userId            0 for a guest
 * @param emails            the billing and account e-mails known for the customer, lower-case; empty when none is
 *                          known (e-mail restrictions are then not checked yet)
 * @param applied           codes already applied, lower-case, in order
 * @param productNames      product id to name, for the 113 message
 * @param categoryNames     category id to name, for the 114 message
 * @param decimals          the currency's decimals, for amounts in messages
 * @param priceFormat       formats a minor amount as the store shows it ("$10.00"), for the 108 and 112 messages
 */
public record CouponCheck(List<CartInput.Line> lines, long displayedSubtotal, Instant now, long userId,
        List<String> emails, List<String> applied, java.util.Map<Long, String> productNames,
        java.util.Map<Long, String> categoryNames, int decimals, java.util.function.LongFunction<String> priceFormat) {
}
