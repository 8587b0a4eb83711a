package org.headlesscart.pricing.control.coupon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhpRoundTest {

    // What PHP 8.3's round($v, 0, PHP_ROUND_HALF_DOWN) answers: halves go down, and a double within the 16th
    // significant digit of a half or a whole counts as that half or whole.
    @ParameterizedTest(name = "round({0}) = {1}")
    @CsvSource({
            "0.5, 0",
            "0.7, 1",
            "1.5, 1",
            "2.5000000000000004, 2",
            "3.5000000000000004, 3",
            "57.999999999999996, 58",
            "99.9, 100",
            "145.0, 145",
            "149.85, 150",
            "50.5, 50",
            "0, 0",
    })
    void roundsLikePhpHalfDown(double value, long expected) {
        assertEquals(expected, PhpRound.halfDown(value));
    }
}
