package org.headlesscart.pricing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodePatternsTest {

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource({
            "90210, 90210, true",
            "90210, 90211, false",
            "9021*, 90210, true",
            "9021*, 90310, false",
            "*, 12345, true",
            "902*, 90210, true",
            "90200...90299, 90250, true",
            "90200...90299, 90300, false",
            "90200...90299, 90200, true",
            "sw1a*, SW1A 1AA, true",
            "SW1A 1AA, sw1a1aa, true",
            "'AB1...AB9', AB5, true",
            "'AB1...AB9', AC1, false",
            "12-345, 12345, true",
            "1...2...3, 2, false",
    })
    void matchesAsWooCommerce(String pattern, String postcode, boolean expected) {
        assertEquals(expected, PostcodePatterns.matches(pattern, postcode));
    }
}
