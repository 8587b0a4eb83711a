package org.headlesscart.cart.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Minor-unit arithmetic and the two money forms of the wire (contract §3.3, §4.1). */
class MoneyTest {

    @ParameterizedTest(name = "{0} × {1} = {2}")
    @CsvSource({
            "2000, 2, 4000",        // capture 20: T-shirt 20.00 × 2, subtotal "4000"
            "1500, 3, 4500",        // capture 34: cap 15.00 × 3
            "1999, 1.5, 2999",      // 2998.5 rounds up
            "1999, 0.5, 1000",      // 999.5 rounds up
            "333, 0.333, 111",      // 110.889
            "1000, 0.0005, 1",      // 0.5 rounds up
            "1000, 0.0004, 0",
            "0, 7, 0",
            "500, 0, 0",
            "1, 1000000, 1000000"})
    void lineTotalsRoundHalfUpOncePerLine(long unit, String quantity, long total) {
        assertEquals(total, Money.lineTotal(unit, new BigDecimal(quantity)));
    }

    @Test
    void zeroDecimalCurrencyLinesAreWholeYen() {
        assertEquals(1650, Money.lineTotal(1100, new BigDecimal("1.5")));   // ¥1,100 × 1.5
        assertEquals(367, Money.lineTotal(733, new BigDecimal("0.5")));     // 366.5 → 367
    }

    @Test
    void threeDecimalCurrencyLinesAreWholeFils() {
        assertEquals(15375, Money.lineTotal(10250, new BigDecimal("1.5")));  // 10.250 KWD × 1.5
        assertEquals(3418, Money.lineTotal(10255, new BigDecimal("0.3333"))); // 3417.99… → 3418
    }

    @Test
    void negativeQuantitiesAndOverflowsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Money.lineTotal(100, new BigDecimal("-1")));
        assertThrows(ArithmeticException.class, () -> Money.lineTotal(Long.MAX_VALUE, new BigDecimal("2")));
    }

    @Test
    void minorStringsAreBareIntegers() {
        assertEquals("4000", Money.minorString(4000));
        assertEquals("0", Money.minorString(0));
        assertEquals("-500", Money.minorString(-500));
    }

    @Test
    void majorHasExactlyTheCurrencysDecimals() {
        assertEquals(new BigDecimal("20.00"), Money.major(2000, 2));
        assertEquals(2, Money.major(2000, 2).scale());
        assertEquals(new BigDecimal("1100"), Money.major(1100, 0));
        assertEquals(new BigDecimal("10.250"), Money.major(10250, 3));
        assertEquals(new BigDecimal("0.05"), Money.major(5, 2));
        assertEquals(new BigDecimal("-5.00"), Money.major(-500, 2));
        assertThrows(IllegalArgumentException.class, () -> Money.major(1, -1));
    }

    @Test
    void wholeMajorNumbersAreLongsAsInTheCaptures() {
        assertEquals(40L, Money.majorNumber(4000, 2));   // captures 20–23: "total":40
        assertEquals(15L, Money.majorNumber(1500, 2));   // capture 22: "total":15
        assertEquals(0L, Money.majorNumber(0, 2));       // "tax":0
        assertEquals(1100L, Money.majorNumber(1100, 0));
        assertEquals(10L, Money.majorNumber(10000, 3));
        assertEquals(-5L, Money.majorNumber(-500, 2));
    }

    @Test
    void fractionalMajorNumbersLoseTrailingZeros() {
        assertEquals(new BigDecimal("15.5"), Money.majorNumber(1550, 2));
        assertEquals("15.5", Money.majorNumber(1550, 2).toString());
        assertEquals("0.05", Money.majorNumber(5, 2).toString());
        assertEquals("10.25", Money.majorNumber(10250, 3).toString());
        assertEquals("0.001", Money.majorNumber(1, 3).toString());
        assertEquals("-0.5", Money.majorNumber(-50, 2).toString());
    }
}
