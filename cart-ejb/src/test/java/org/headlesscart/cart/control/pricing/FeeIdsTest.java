package org.headlesscart.cart.control.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** WordPress's sanitize_title as fee ids use it (COCART-PLUS §3.4). */
class FeeIdsTest {

    @Test
    void namesBecomeLowerCaseSlugs() {
        assertEquals("gift-wrap", FeeIds.of("Gift wrap"));
        assertEquals("gift-wrap", FeeIds.of("  Gift   Wrap  "));
        assertEquals("rush-fee-10", FeeIds.of("Rush fee (10%)!"));
        assertEquals("cafe", FeeIds.of("Caf\u00e9"), "accents are removed");
        assertEquals("bold", FeeIds.of("<b>Bold</b>"), "tags are stripped");
    }

    @Test
    void otherScriptsArePercentEncoded() {
        assertEquals("%e6%97%a5%e6%9c%ac", FeeIds.of("\u65e5\u672c"));
    }
}
