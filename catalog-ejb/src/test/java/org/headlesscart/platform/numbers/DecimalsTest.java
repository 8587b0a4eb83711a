package org.headlesscart.platform.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;

import org.headlesscart.platform.numbers.Decimals.Kind;
import org.junit.jupiter.api.Test;

/** Client numbers are judged on their text before BigDecimal sees them (issue 15 part 2). */
class DecimalsTest {

    @Test
    void ordinaryNumbersAreReadAsWritten() {
        assertEquals(new BigDecimal("12"), Decimals.read("12").value());
        assertEquals(new BigDecimal("-0.5"), Decimals.read("-0.5").value());
        assertEquals(new BigDecimal(".5"), Decimals.read(".5").value());
        assertEquals(new BigDecimal("1e3"), Decimals.read("1e3").value());
        assertEquals(new BigDecimal("1E-40"), Decimals.read("1E-40").value());
        assertEquals(new BigDecimal("9e40"), Decimals.read("9e40").value());
        assertEquals(new BigDecimal("19.99"), Decimals.read("+19.99").value());
    }

    @Test
    void zeroIsZeroWhateverItsWrittenScale() {
        assertEquals(BigDecimal.ZERO, Decimals.read("0e-9999999").value());
        assertEquals(BigDecimal.ZERO, Decimals.read("0.000").value());
        assertEquals(BigDecimal.ZERO, Decimals.read("-0").value());
    }

    @Test
    void hugeExponentsAndLongDigitRunsAreToldApartFromTheText() {
        assertEquals(Kind.TINY, Decimals.read("1e-9999999").kind());
        assertEquals(Kind.TINY, Decimals.read("0." + "0".repeat(50) + "1").kind());
        assertEquals(Kind.HUGE, Decimals.read("1e9999999").kind());
        assertEquals(Kind.HUGE, Decimals.read("1E+2147483647").kind());
        assertEquals(Kind.HUGE, Decimals.read("9".repeat(1000)).kind());
        assertEquals(Kind.HUGE, Decimals.read("1." + "1".repeat(45)).kind(), "more digits than any amount has");
        assertEquals(Kind.HUGE, Decimals.read("1e" + "9".repeat(40)).kind(), "an exponent that overflows a long");
        assertEquals(Kind.TINY, Decimals.read("1e-" + "9".repeat(40)).kind());
    }

    @Test
    void zerosAroundAFewDigitsDoNotMakeANumberLarge() {
        String padded = "0".repeat(5000) + "12.5" + "0".repeat(5000);
        assertEquals(new BigDecimal("12.5"), Decimals.read(padded).value().stripTrailingZeros());
        assertEquals(0, new BigDecimal("1250").compareTo(Decimals.read("0".repeat(200) + "1.25e3").value()));
    }

    @Test
    void whatIsNotADecimalIsSaidSo() {
        for (String text : new String[] {"", " 1", "1 ", "0x10", "NaN", "Infinity", "1e", "e5", ".", "1.2.3", "--1",
            "1e+-2", "\u0661"}) {
            assertEquals(Kind.NOT_A_NUMBER, Decimals.read(text).kind(), text);
        }
        assertEquals(Kind.NOT_A_NUMBER, Decimals.read(null).kind());
    }

    @Test
    void aMegabyteOfDigitsIsJudgedInLinearTime() {
        String digits = "7".repeat(1 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertEquals(Kind.HUGE, Decimals.read(digits).kind()));
    }

    @Test
    void parsedNumbersOutOfBoundsAreWrittenInExponentForm() {
        assertEquals("1.5", Decimals.text(new BigDecimal("1.5")));
        assertEquals("1E-9999999", Decimals.text(new BigDecimal("1e-9999999")));
        assertEquals("1E+9999999", Decimals.text(new BigDecimal("1e9999999")));
    }
}
