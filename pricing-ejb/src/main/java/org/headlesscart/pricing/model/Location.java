package org.headlesscart.pricing.model;

import java.util.Locale;

/**
 * Where a customer or the store is, as far as taxes and shipping care. Every part is {@code ""} when unknown;
 * country and state are upper-case codes ("US", "CA").
 */
public record Location(String country, String state, String postcode, String city) {

    public static final Location NOWHERE = new Location("", "", "", "");

    public Location {
        country = upper(country);
        state = upper(state);
        postcode = postcode == null ? "" : postcode.trim();
        city = city == null ? "" : city.trim();
    }

    public boolean isKnown() {
        return !country.isEmpty();
    }

    private static String upper(String value) {
        return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    }
}
