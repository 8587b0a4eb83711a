package org.headlesscart.cart.control;

import static org.headlesscart.cart.control.AddingTest.refused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.headlesscart.cart.control.Refusal.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract §13.2 step 3 and §2.7: quantities are PHP-numeric text, bounded by the product's minimum and maximum. */
class QuantitiesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(value = {"2|2", "1.5|1.5", " 3 |3", "2e1|20", "+4|4", ".5|0.5", "1.0000|1"}, delimiter = '|',
            ignoreLeadingAndTrailingWhitespace = false)
    void phpNumericFormsAreRead(String text, String expected) {
        BigDecimal quantity = Quantities.parse(text);
        assertEquals(0, new BigDecimal(expected).compareTo(quantity), () -> text + " read as " + quantity);
        assertEquals(expected, Quantities.text(quantity));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "   ", "abc", "1,5", "2 apples", "0x1A"})
    void nonNumericTextIsRefused(String text) {
        assertEquals("Quantity must be numeric!", refused(Reason.QUANTITY_NOT_NUMERIC, () -> Quantities.parse(text))
                .getMessage());
    }

    @Test
    void noQuantityAtAllIsNotNumeric() {
        refused(Reason.QUANTITY_NOT_NUMERIC, () -> Quantities.parse(null));
    }

    @ParameterizedTest(name = "{0} is below the minimum")
    @ValueSource(strings = {"0", "-1", "0.5"})
    void zeroNegativeAndBelowTheMinimumAreRefused(String quantity) {
        assertEquals("Quantity must be a minimum of 1.", refused(Reason.QUANTITY_INVALID_AMOUNT,
                () -> Quantities.checkBounds(new BigDecimal(quantity), 1, -1)).getMessage());
    }

    @Test
    void aProductsOwnMinimumIsNamed() {
        assertEquals("Quantity must be a minimum of 2.", refused(Reason.QUANTITY_INVALID_AMOUNT,
                () -> Quantities.checkBounds(BigDecimal.ONE, 2, -1)).getMessage());
    }

    @Test
    void aMinimumBelowOneCountsAsOne() {
        assertEquals("Quantity must be a minimum of 1.", refused(Reason.QUANTITY_INVALID_AMOUNT,
                () -> Quantities.checkBounds(BigDecimal.ZERO, 0, -1)).getMessage());
    }

    @Test
    void aboveTheMaximumIsRefused() {
        assertEquals("Quantity must be 50 or lower.", refused(Reason.QUANTITY_INVALID_AMOUNT,
                () -> Quantities.checkBounds(new BigDecimal("51"), 1, 50)).getMessage());
    }

    @Test
    void theMaximumItselfIsAccepted() {
        assertDoesNotThrow(() -> Quantities.checkBounds(new BigDecimal("50"), 1, 50));
    }

    @Test
    void maximumMinusOneIsUnlimited() {
        assertDoesNotThrow(() -> Quantities.checkBounds(new BigDecimal("1000000"), 1, -1));
    }

    @Test
    void numbersTooSmallOrTooLargeToComputeAreJudgedOnTheirText() {
        assertEquals(BigDecimal.ZERO, Quantities.parse("1e-9999999"), "zero, so the minimum refuses it as CoCart does");
        assertEquals("Quantity must be 9999999999 or lower.",
                refused(Reason.QUANTITY_INVALID_AMOUNT, () -> Quantities.parse("1e9999999")).getMessage());
        assertEquals("Quantity must be 9999999999 or lower.",
                refused(Reason.QUANTITY_INVALID_AMOUNT, () -> Quantities.parse("9".repeat(1000))).getMessage());
    }

    @Test
    void aLineNeverHoldsMoreThanItsColumn() {
        assertEquals(new BigDecimal("9999999999"), Quantities.storable(new BigDecimal("9999999999")));
        assertEquals("Quantity must be 9999999999 or lower.", refused(Reason.QUANTITY_INVALID_AMOUNT,
                () -> Quantities.storable(new BigDecimal("9999999999").add(BigDecimal.ONE))).getMessage());
    }
}
