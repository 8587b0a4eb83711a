package org.headlesscart.cart.control;

import java.math.BigDecimal;

import org.headlesscart.platform.numbers.Decimals;
import org.headlesscart.cart.control.Refusal.Reason;

/** Quantities as CoCart reads and bounds them (contract §13.2 step 3, §2.7). */
public final class Quantities {

    /** The most a line may hold: its column is DECIMAL(14,4). */
    private static final BigDecimal LARGEST = new BigDecimal("9999999999");

    private Quantities() {
    }

    /**
     * The quantity a request gave as text; fractional quantities are allowed, as in WooCommerce with CoCart. What
     * PHP's {@code is_numeric} accepts is a number; one too small to tell from zero is zero (so the minimum refuses
     * it) and one too large is refused, both judged on the text before any arithmetic ({@link Decimals}).
     */
    public static BigDecimal parse(String text) {
        Decimals.Reading reading = Decimals.read(text == null ? "" : text.strip());
        BigDecimal quantity = switch (reading.kind()) {
            case NOT_A_NUMBER -> throw new Refusal(Reason.QUANTITY_NOT_NUMERIC, "Quantity must be numeric!");
            case HUGE -> throw tooLarge();
            case TINY -> BigDecimal.ZERO;
            case NUMBER -> reading.value();
        };
        if (quantity.abs().compareTo(LARGEST) > 0) {
            throw tooLarge();
        }
        quantity = quantity.setScale(Math.min(Math.max(quantity.scale(), 0), 4), java.math.RoundingMode.HALF_UP);
        return quantity.signum() == 0 ? BigDecimal.ZERO : quantity.stripTrailingZeros();
    }

    /**
     * A line's quantity after a change that adds to it or sets it ({@code cart/update}, repeated add-items): never
     * more than its column holds.
     *
     * @throws Refusal above 9999999999
     */
    public static BigDecimal storable(BigDecimal quantity) {
        if (quantity.compareTo(LARGEST) > 0) {
            throw tooLarge();
        }
        return quantity;
    }

    private static Refusal tooLarge() {
        return new Refusal(Reason.QUANTITY_INVALID_AMOUNT, "Quantity must be " + LARGEST + " or lower.");
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
