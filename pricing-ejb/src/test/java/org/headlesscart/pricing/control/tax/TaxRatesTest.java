package org.headlesscart.pricing.control.tax;

import static org.headlesscart.pricing.control.tax.TaxFixtures.CHICAGO;
import static org.headlesscart.pricing.control.tax.TaxFixtures.SPRINGFIELD;
import static org.headlesscart.pricing.control.tax.TaxFixtures.line;
import static org.headlesscart.pricing.control.tax.TaxFixtures.rate;
import static org.headlesscart.pricing.control.tax.TaxFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricingSettings;
import org.headlesscart.pricing.model.TaxRate;
import org.junit.jupiter.api.Test;

/** {@code WC_Tax::find_rates} and {@code get_shipping_tax_rates}. */
class TaxRatesTest {

    static final TaxRate STATE = rate(1, "US", "IL", "6.25", 1, "", false, true);
    static final TaxRate ANY_COUNTRY = rate(2, "", "", "3", 1, "", false, true);
    static final TaxRate ZIP = rate(3, "US", "IL", List.of("627*"), List.of(), "8", 1, "", false, true);
    static final TaxRate CITY = rate(4, "US", "IL", List.of(), List.of("CHICAGO"), "1.25", 2, "", false, false);
    static final TaxRate ZIP_AND_CITY = rate(5, "US", "IL", List.of("60601"), List.of("EVANSTON"), "2", 3, "",
            false, true);
    static final TaxRate REDUCED = rate(6, "US", "IL", "1", 1, "reduced-rate", false, true);
    static final TaxRate ZERO = rate(7, "US", "IL", "0", 1, "zero-rate", false, true);
    static final List<TaxRate> TABLE = List.of(STATE, ANY_COUNTRY, ZIP, CITY, ZIP_AND_CITY, REDUCED, ZERO);

    @Test
    void keepsTheMostSpecificRateOfEachPriority() {
        assertEquals(List.of(ZIP), TaxRates.find(TABLE, SPRINGFIELD, ""));
        assertEquals(List.of(STATE, CITY), TaxRates.find(TABLE, CHICAGO, ""));
    }

    @Test
    void fallsBackToAnyCountry() {
        assertEquals(List.of(ANY_COUNTRY), TaxRates.find(TABLE, new Location("FR", "", "75001", "Paris"), ""));
    }

    @Test
    void needsPostcodeAndCityWhenTheRateHasBoth() {
        assertEquals(List.of(STATE, CITY), TaxRates.find(TABLE, new Location("US", "IL", "60601", "chicago"), ""));
        assertEquals(List.of(STATE, ZIP_AND_CITY),
                TaxRates.find(TABLE, new Location("US", "IL", "60601", "Evanston"), ""));
    }

    @Test
    void matchesTheClassOnly() {
        assertEquals(List.of(REDUCED), TaxRates.find(TABLE, CHICAGO, "reduced-rate"));
        assertEquals(List.of(), TaxRates.find(TABLE, CHICAGO, "luxury"));
    }

    @Test
    void noCountryNoRates() {
        assertEquals(List.of(), TaxRates.find(TABLE, Location.NOWHERE, ""));
    }

    @Test
    void shippingRatesAreTheMatchedRatesWithTheFlag() {
        assertEquals(List.of(STATE), TaxRates.findShipping(TABLE, CHICAGO, ""));
    }

    @Test
    void shippingInheritsStandardWhenAnyItemIsStandard() {
        assertEquals(List.of(STATE), shipping("inherit", line("", "taxable", true), line("reduced-rate",
                "taxable", true)));
    }

    @Test
    void shippingInheritsTheOnlyClass() {
        assertEquals(List.of(REDUCED), shipping("inherit", line("reduced-rate", "shipping", true)));
    }

    @Test
    void shippingInheritsTheFirstClassInSettingsOrder() {
        assertEquals(List.of(REDUCED), shipping("inherit", line("zero-rate", "taxable", true),
                line("reduced-rate", "taxable", true)));
    }

    @Test
    void shippingIsUntaxedWithoutShippableTaxableItems() {
        assertEquals(List.of(), shipping("inherit", line("", "none", true), line("", "taxable", false)));
    }

    @Test
    void aFixedShippingClassWinsAndFallsBackToStandard() {
        assertEquals(List.of(ZERO), shipping("zero-rate", line("", "none", true)));
        assertEquals(List.of(STATE), shipping("luxury", line("", "taxable", true)));
    }

    private static List<TaxRate> shipping(String shippingClass, org.headlesscart.pricing.model.CartInput.Line... lines) {
        PricingSettings settings = settings(false, false, false, "shipping", shippingClass, SPRINGFIELD);
        return ShippingTaxRates.of(settings, TABLE, List.of(lines), CHICAGO);
    }
}
