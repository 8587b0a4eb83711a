package org.headlesscart.pricing.control.tax;

import static org.headlesscart.pricing.control.tax.TaxFixtures.BERLIN;
import static org.headlesscart.pricing.control.tax.TaxFixtures.CHICAGO;
import static org.headlesscart.pricing.control.tax.TaxFixtures.LONDON;
import static org.headlesscart.pricing.control.tax.TaxFixtures.SPRINGFIELD;
import static org.headlesscart.pricing.control.tax.TaxFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.headlesscart.pricing.model.Location;
import org.junit.jupiter.api.Test;

/** {@code WC_Customer::get_taxable_address}. */
class TaxLocationTest {

    @Test
    void followsTheTaxBasedOnSetting() {
        assertEquals(CHICAGO, where("shipping", CHICAGO, BERLIN, List.of()));
        assertEquals(BERLIN, where("billing", CHICAGO, BERLIN, List.of()));
        assertEquals(SPRINGFIELD, where("base", CHICAGO, BERLIN, List.of()));
    }

    @Test
    void localPickupIsTaxedAtTheStore() {
        assertEquals(SPRINGFIELD, where("shipping", CHICAGO, BERLIN, List.of("local_pickup:3")));
        assertEquals(SPRINGFIELD, where("billing", CHICAGO, BERLIN, List.of("pickup_location:0")));
        assertEquals(CHICAGO, where("shipping", CHICAGO, BERLIN, List.of("flat_rate:1")));
    }

    @Test
    void aCustomerWithoutThatAddressIsTaxedAtTheStore() {
        assertEquals(SPRINGFIELD, where("shipping", Location.NOWHERE, LONDON, List.of()));
        assertEquals(SPRINGFIELD, where("billing", CHICAGO, Location.NOWHERE, List.of()));
    }

    private static Location where(String basedOn, Location shipping, Location billing, List<String> chosen) {
        return TaxLocation.of(settings(false, false, false, basedOn, "inherit", SPRINGFIELD), shipping, billing,
                chosen);
    }
}
