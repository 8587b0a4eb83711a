package org.headlesscart.pricing.control.shipping;

import java.math.BigDecimal;

import org.headlesscart.pricing.model.ShippingZone;

/**
 * Whether free shipping is offered ({@code WC_Shipping_Free_Shipping::is_available}): {@code requires} is
 * {@code ""} (always), {@code coupon}, {@code min_amount}, {@code either} or {@code both}. The amount test compares
 * the displayed subtotal, minus the discount unless {@code ignore_discounts} is ticked, with
 * {@code min_amount}; the amounts are whole minor units already, so WooCommerce's rounding to the currency's
 * decimals changes nothing here.
 */
final class FreeShipping {

    private FreeShipping() {
    }

    static boolean available(ShippingZone.Method method, ShippingRequest request, int decimals) {
        String requires = method.setting("requires", "");
        boolean coupon = request.freeShippingCoupon();
        return switch (requires) {
            case "coupon" -> coupon;
            case "min_amount" -> minAmountMet(method, request, decimals);
            case "either" -> coupon || minAmountMet(method, request, decimals);
            case "both" -> coupon && minAmountMet(method, request, decimals);
            default -> true;
        };
    }

    private static boolean minAmountMet(ShippingZone.Method method, ShippingRequest request, int decimals) {
        long total = request.displayedSubtotal();
        // WooCommerce subtracts only when the checkbox reads exactly "no" (its default).
        if ("no".equals(method.setting("ignore_discounts", "no"))) {
            total -= request.displayedDiscount();
        }
        return BigDecimal.valueOf(total, decimals).compareTo(amount(method.setting("min_amount", "0"))) >= 0;
    }

    /** The admin stores {@code min_amount} as a plain decimal; blank or unreadable means no minimum. */
    private static BigDecimal amount(String value) {
        try {
            return value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
