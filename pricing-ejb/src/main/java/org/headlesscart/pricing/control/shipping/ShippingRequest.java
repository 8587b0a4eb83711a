package org.headlesscart.pricing.control.shipping;

import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Location;

/**
 * What shipping rates depend on, after discounts.
 *
 * @param lines              the cart's lines; those with {@code needsShipping} form the package
 * @param lineNetTotals      line key to the line's total after discounts, excluding tax ({@code [cost]})
 * @param displayedSubtotal  items before discounts, incl. tax when the cart shows prices incl. tax
 * @param displayedDiscount  the discount in the same terms (free shipping's minimum amount subtracts it)
 * @param freeShippingCoupon a valid applied coupon grants free shipping
 * @param destination        the customer's shipping destination
 * @param addressGiven       the customer has entered a destination
 * @param chosenRates        package index to the rate the customer chose
 */
public record ShippingRequest(List<CartInput.Line> lines, Map<String, Long> lineNetTotals, long displayedSubtotal,
        long displayedDiscount, boolean freeShippingCoupon, Location destination, boolean addressGiven,
        Map<Integer, String> chosenRates) {
}
