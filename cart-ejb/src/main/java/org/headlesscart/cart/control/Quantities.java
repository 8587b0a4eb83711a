package org.headlesscart.cart.control;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.headlesscart.cart.control.Refusal.Reason;

/** Quantities as CoCart reads and bounds them (contract §13.2 step 3, §2.7). */
public final class Quantities {

    /** PHP's {@code is_numeric}: optional sign, digits with an optional fraction, an optional exponent. */
    private static final Pattern NUMERIC = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final BigDecimal LARGEST = new BigDecimal("9999999999");

    private Quantities() {
    }

    /** The quantity a request gave as text; fractional quantities are allowed, as in WooCommerce with CoCart. */
    public static BigDecimal parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!NUMERIC.matcher(trimmed).matches()) {
            throw new Refusal(Reason.QUANTITY_NOT_NUMERIC, "Quantity must be numeric!");
        }
        BigDecimal quantity = new BigDecimal(trimmed);
        if (quantity.abs().compareTo(LARGEST) > 0) {
            throw new Refusal(Reason.QUANTITY_INVALID_AMOUNT, "Quantity must be " + LARGEST + " or lower.");
        }
        quantity = quantity.setScale(Math.min(Math.max(quantity.scale(), 0), 4), java.math.RoundingMode.HALF_UP);
        return quantity.signum() == 0 ? BigDecimal.ZERO : quantity.stripTrailingZeros();
    }

    /**
     * The minimum and maximum a line may have: zero or less than the minimum, or more than a maximum that is not
     * -1 (unlimited), is refused with CoCart's words ("Quantity must be a minimum of 1.", "... 50 or lower.").
     */
    public static void checkBounds(BigDecimal quantity, int min, int max) {
        int minimum = Math.max(min, 1);
        if (quantity.signum() <= 0 || quantity.compareTo(BigDecimal.valueOf(minimum)) < 0) {
            throw new Refusal(Reason.QUANTITY_INVALID_AMOUNT, "Quantity must be a minimum of " + minimum + ".");
        }
        if (max >= 0 && quantity.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new Refusal(Reason.QUANTITY_INVALID_AMOUNT, "Quantity must be " + max + " or lower.");
        }
    }

    /** A quantity as CoCart prints it in messages: "2", "1.5". */
    public static String text(BigDecimal quantity) {
        return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
    }
}
