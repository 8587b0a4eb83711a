package org.headlesscart.pricing.control.coupon;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * PHP's {@code round($value, 0, PHP_ROUND_HALF_DOWN)}, which WooCommerce's {@code wc_round_discount} uses for the
 * cart-level percent discount ({@code WC_DISCOUNT_ROUNDING_MODE} = half down). PHP (through 8.3) first rounds the
 * double to 15 significant digits, so {@code 57.999999999999996} counts as 58 and {@code 86.50000000000001} as an
 * exact half, which half-down then takes to 86. Plain {@code Math.round} would differ on both.
 */
final class PhpRound {

    private static final int PHP_SIGNIFICANT_DIGITS = 15;

    private PhpRound() {
    }

    static long halfDown(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return (long) value;
        }
        BigDecimal exact = new BigDecimal(value);
        int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
        int preRoundScale = PHP_SIGNIFICANT_DIGITS - 1 - magnitude;
        // PHP pre-rounds only when the value has digits left of the 15th significant one, i.e. |value| >= 1.
        if (preRoundScale > 0 && preRoundScale < PHP_SIGNIFICANT_DIGITS) {
            exact = exact.setScale(preRoundScale, RoundingMode.HALF_DOWN);
        }
        return exact.setScale(0, RoundingMode.HALF_DOWN).longValueExact();
    }
}
