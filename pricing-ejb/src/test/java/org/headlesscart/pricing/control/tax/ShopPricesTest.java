package org.headlesscart.pricing.control.tax;

import static org.headlesscart.pricing.control.tax.TaxFixtures.BERLIN;
import static org.headlesscart.pricing.control.tax.TaxFixtures.LONDON;
import static org.headlesscart.pricing.control.tax.TaxFixtures.SPRINGFIELD;
import static org.headlesscart.pricing.control.tax.TaxFixtures.rate;
import static org.headlesscart.pricing.control.tax.TaxFixtures.rules;
import static org.headlesscart.pricing.control.tax.TaxFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.pricing.model.PricingSettings;
import org.headlesscart.pricing.model.TaxRate;
import org.junit.jupiter.api.Test;

/** {@code wc_get_price_to_display} and friends; every figure worked by hand. */
class ShopPricesTest {

    static final TaxRate IL = rate(1, "US", "IL", "10", 1, "", false, true);
    static final TaxRate IL_LOCAL = rate(2, "US", "IL", "10", 2, "", false, false);
    static final TaxRate VAT = rate(3, "GB", "", "20", 1, "", false, true);
    static final TaxRate DE = rate(4, "DE", "", "19", 1, "", false, true);

    @Test
    void netPricesShownWithTax() {
        // 1000 + 10 % + 10 % (two priorities) = 1200; shown excl. tax it stays 1000.
        assertEquals(1200, ShopPrices.displayed(netStore(true, false), 1000, "taxable", ""));
        assertEquals(1000, ShopPrices.displayed(netStore(false, false), 1000, "taxable", ""));
    }

    @Test
    void eachRateIsRoundedUnlessAtSubtotal() {
        // 105 with two 10 % rates: 10.5 + 10.5 → 11 + 11 = 22 → 127; at subtotal 21 → 126.
        assertEquals(127, ShopPrices.displayed(netStore(true, false), 105, "taxable", ""));
        assertEquals(126, ShopPrices.displayed(netStore(true, true), 105, "taxable", ""));
    }

    @Test
    void grossPricesShownWithoutTax() {
        // 1200 incl. 20 % = 1000 net; 999 incl. = 999 − 166.5 = 832.5 → 833 (half-up, as the API prints it).
        assertEquals(1000, ShopPrices.displayed(grossStore(false), 1200, "taxable", ""));
        assertEquals(833, ShopPrices.displayed(grossStore(false), 999, "taxable", ""));
        assertEquals(1200, ShopPrices.displayed(grossStore(true), 1200, "taxable", ""));
    }

    @Test
    void grossPricesAbroadSwapTheBaseTaxForTheCustomers() {
        // 1200 − 200 (UK VAT) + 190 (19 % of 1000) = 1190.
        assertEquals(1190, ShopPrices.includingTax(grossStore(true), 1200, "taxable", "", BERLIN));
    }

    @Test
    void untaxedProductsAndStoresShowThePrice() {
        assertEquals(1000, ShopPrices.displayed(netStore(true, false), 1000, "none", ""));
        assertEquals(1000, ShopPrices.displayed(netStore(true, false), 1000, "shipping", ""));
        PricingSettings on = netStore(true, false).settings();
        PricingSettings off = new PricingSettings(2, true, false, false, false, "shipping", "inherit", false, false,
                true, true, List.of(), SPRINGFIELD, true, Set.of(), false);
        assertEquals(1000, ShopPrices.displayed(new PricingRules(1, off, List.of(IL), List.of()), 1000, "taxable",
                ""));
        assertEquals(1100, ShopPrices.displayed(new PricingRules(1, on, List.of(IL), List.of()), 1000, "taxable",
                ""));
    }

    private static PricingRules netStore(boolean shopIncl, boolean atSubtotal) {
        return rules(settings(false, atSubtotal, shopIncl, "shipping", "inherit", SPRINGFIELD), IL, IL_LOCAL);
    }

    private static PricingRules grossStore(boolean shopIncl) {
        return rules(settings(true, false, shopIncl, "shipping", "inherit", LONDON), VAT, DE);
    }
}
