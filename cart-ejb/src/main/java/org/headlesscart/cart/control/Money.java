package org.headlesscart.cart.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Minor-unit arithmetic for the cart totals engine. Amounts are {@code long} minor units (cents for USD, yen for
 * JPY, fils for KWD); only the two wire forms at the end leave that representation.
 */
public final class Money {

    private Money() {
    }

    /**
     * A line's amount: unit price × quantity, rounded half-up to a whole minor unit once per line, as WooCommerce
     * rounds line totals. Quantities may be fractional (contract §1.2, §13.2).
     *
     * @throws IllegalArgumentException for a negative quantity, which no cart line has
     * @throws ArithmeticException      when the amount overflows a long
     */
    public static long lineTotal(long unitPriceMinor, BigDecimal quantity) {
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("a line quantity is never negative: " + quantity);
        }
        return BigDecimal.valueOf(unitPriceMinor).multiply(quantity).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** The contract's money string (§4.1): the integer amount in minor units, "2000" for $20.00, "0" for zero. */
    public static String minorString(long minor) {
        return Long.toString(minor);
    }

    /** The amount in major units with exactly {@code decimals} places: 2000 at 2 decimals is 20.00. */
    public static BigDecimal major(long minor, int decimals) {
        if (decimals < 0) {
            throw new IllegalArgumentException("a currency has zero or more decimals: " + decimals);
        }
        return BigDecimal.valueOf(minor, decimals);
    }

    /**
     * The amount as the JSON number CoCart prints for an item's {@code totals.subtotal_tax}, {@code total} and
     * {@code tax} (contract §3.3 and §15.1; {@code totals.subtotal} is a {@link #minorString} instead). Those are
     * WooCommerce's raw float totals in major units, and PHP's JSON encoder writes a float with no fraction as an
     * integer (§1.2): captures 20–23 show {@code "total":40}, {@code "total":15} and {@code "tax":0}, never
     * {@code 40.0}. So a whole amount comes back as a {@link Long} (40), any other as a {@link BigDecimal} without
     * trailing zeros (15.5 for 1550 at 2 decimals, not 15.50), which JSON-B writes as a plain number.
     */
    public static Object majorNumber(long minor, int decimals) {
        BigDecimal major = major(minor, decimals);
        if (major.signum() == 0 || major.stripTrailingZeros().scale() <= 0) {
            return major.longValueExact();
        }
        return major.stripTrailingZeros();
    }
}
