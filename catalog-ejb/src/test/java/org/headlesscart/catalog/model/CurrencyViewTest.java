package org.headlesscart.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** WooCommerce's wc_price as plain text, for every symbol position and currencies without decimals. */
class CurrencyViewTest {

    static final CurrencyView DOLLARS = new CurrencyView("USD", "$", "left", 2, ".", ",");

    @Test
    void groupsThousandsAndKeepsTheDecimals() {
        assertEquals("$1,234,567.05", DOLLARS.format(123456705));
        assertEquals("$0.50", DOLLARS.format(50));
        assertEquals("$0.00", DOLLARS.format(0));
    }

    @Test
    void aNegativeAmountPutsTheSignBeforeTheSymbol() {
        assertEquals("-$5.00", DOLLARS.format(-500));
    }

    @Test
    void followsTheSymbolPositionAndSeparators() {
        assertEquals("1.234,50 \u20ac", new CurrencyView("EUR", "\u20ac", "right_space", 2, ",", ".").format(123450));
        assertEquals("12.00kr", new CurrencyView("SEK", "kr", "right", 2, ".", "").format(1200));
        assertEquals("\u00a5 1,235", new CurrencyView("JPY", "\u00a5", "left_space", 0, ".", ",").format(1235));
    }

    @Test
    void anotherSymbolMayBeShownSpaced() {
        assertEquals("GBP 3.00", DOLLARS.format(300, "GBP", true));
    }
}
