package org.headlesscart.pricing.control.shipping;

import static org.headlesscart.pricing.control.shipping.ShippingFixtures.loc;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.method;
import static org.headlesscart.pricing.control.shipping.ShippingFixtures.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.ShippingZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneMatcherTest {

    static final List<ShippingZone> ZONES = List.of(
            zone(1, List.of(loc("state", "US:CA"), loc("postcode", "902*"), loc("postcode", "94000...94199"))),
            zone(2, List.of(loc("country", "US"), loc("country", "CA"))),
            zone(3, List.of(loc("postcode", "SW1A*"))),
            zone(4, List.of(loc("continent", "EU"))),
            zone(0, List.of(), method(9, "flat_rate", "cost", "20")));

    @ParameterizedTest(name = "{0} {1} {2} is in zone {3}")
    @CsvSource({
            // a state row and a postcode row must both match
            "US, CA, 90210, 1",
            "US, CA, 94103, 1",
            "US, CA, 95814, 2",
            // state codes and postcodes compare case- and space-insensitively
            "us, ca, 90 210, 1",
            "US, NY, 90210, 2",
            "CA, ON, K1A 0B1, 2",
            // zone 3 has only postcode rows: any region, that postcode
            "GB, '', SW1A 1AA, 3",
            "FR, '', SW1A 1AA, 3",
            // WooCommerce's continents: GB, Turkey and Russia are in Europe, Cyprus is not
            "GB, '', M1 1AE, 4",
            "TR, '', 06100, 4",
            "RU, '', 101000, 4",
            "CY, '', 1010, 0",
            "JP, '', 100-0001, 0",
            "'', '', '', 0",
    })
    void matchesTheFirstZoneInOrder(String country, String state, String postcode, long zone) {
        Location destination = new Location(country, state, postcode, "");
        assertEquals(zone, ZoneMatcher.zoneFor(ZONES, destination).orElseThrow().id());
    }

    @Test
    void aZoneWithoutLocationsMatchesEverywhere() {
        List<ShippingZone> zones = List.of(zone(5, List.of()), zone(0, List.of()));
        assertEquals(5, ZoneMatcher.zoneFor(zones, new Location("BR", "SP", "01000", "")).orElseThrow().id());
    }

    @Test
    void zoneOrderDecidesNotSpecificity() {
        List<ShippingZone> zones = List.of(zone(2, List.of(loc("country", "US"))),
                zone(1, List.of(loc("state", "US:CA"))));
        assertEquals(2, ZoneMatcher.zoneFor(zones, new Location("US", "CA", "", "")).orElseThrow().id());
    }

    @Test
    void nothingMatchesWithoutZoneZero() {
        List<ShippingZone> zones = List.of(zone(2, List.of(loc("country", "US"))));
        assertTrue(ZoneMatcher.zoneFor(zones, new Location("DE", "", "", "")).isEmpty());
    }

    @Test
    void everyCountryOfTheTableHasOneOfTheSevenContinents() {
        for (String country : List.of("US", "MX", "BR", "ZA", "AU", "AQ", "XK", "CN", "EH", "GL", "UM")) {
            assertTrue(List.of("AF", "AN", "AS", "EU", "NA", "OC", "SA").contains(Continents.of(country)), country);
        }
        assertEquals("", Continents.of("ZZ"));
    }
}
