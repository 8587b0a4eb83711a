package org.headlesscart.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.headlesscart.catalog.model.CurrencyView;
import org.junit.jupiter.api.Test;

class MoneyTextTest {

    @Test
    void formatsWithTheStoresSeparatorsAndSymbolPosition() {
        assertEquals("$1,234,567.05", new MoneyText(Orders.DOLLARS, "USD").format(123456705));
        assertEquals("$0.50", new MoneyText(Orders.DOLLARS, "USD").format(50));
        assertEquals("-$2.00", new MoneyText(Orders.DOLLARS, "USD").format(-200));
        assertEquals("1.234,50 \u20ac", new MoneyText(Orders.EUROS, "EUR").format(123450));
        assertEquals("\u00a5 1,235", new MoneyText(new CurrencyView("JPY", "\u00a5", "left_space", 0, ".", ","),
                "JPY").format(1235));
        assertEquals("12.00kr", new MoneyText(new CurrencyView("SEK", "kr", "right", 2, ".", ""), "SEK")
                .format(1200));
    }

    @Test
    void anOrderInAnotherCurrencyShowsItsCode() {
        assertEquals("GBP 3.00", new MoneyText(Orders.DOLLARS, "GBP").format(300));
    }
}
