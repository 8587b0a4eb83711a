package org.headlesscart.pricing.control.shipping;

import java.util.List;
import java.util.Optional;

import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PostcodePatterns;
import org.headlesscart.pricing.model.ShippingZone;

/**
 * The zone of a destination as {@code WC_Shipping_Zone_Data_Store::get_zone_id_from_package} finds it: the first
 * zone (in the given order) whose region rows match the country, {@code COUNTRY:STATE} or continent, or which has
 * no region rows, and whose postcode rows match, or which has none; else zone 0, "Locations not covered by your
 * other zones", which never has locations.
 */
final class ZoneMatcher {

    private ZoneMatcher() {
    }

    /** The matching zone; empty when nothing matches and the rules hold no zone 0. */
    static Optional<ShippingZone> zoneFor(List<ShippingZone> zones, Location destination) {
        ShippingZone rest = null;
        for (ShippingZone zone : zones) {
            if (zone.id() == 0) {
                rest = zone;
            } else if (matches(zone, destination)) {
                return Optional.of(zone);
            }
        }
        return Optional.ofNullable(rest);
    }

    static boolean matches(ShippingZone zone, Location destination) {
        String country = destination.country();
        String state = country + ":" + destination.state();
        String continent = Continents.of(country);
        boolean hasRegions = false;
        boolean regionMatches = false;
        boolean hasPostcodes = false;
        boolean postcodeMatches = false;
        for (ShippingZone.Location location : zone.locations()) {
            String code = location.code() == null ? "" : location.code().trim();
            switch (location.type()) {
                case "postcode" -> {
                    hasPostcodes = true;
                    postcodeMatches |= PostcodePatterns.matches(code, destination.postcode());
                }
                case "country" -> regionMatches |= code.equalsIgnoreCase(country);
                case "state" -> regionMatches |= code.equalsIgnoreCase(state);
                case "continent" -> regionMatches |= !continent.isEmpty() && code.equalsIgnoreCase(continent);
                default -> {
                    // An unknown type is a region row that matches nothing, as in WooCommerce's query.
                }
            }
            hasRegions |= !"postcode".equals(location.type());
        }
        return (regionMatches || !hasRegions) && (postcodeMatches || !hasPostcodes);
    }
}
