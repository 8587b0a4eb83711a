package org.headlesscart.customer.model;

import java.util.Map;

/**
 * WooCommerce's default checkout labels of the address fields, with the country overrides its locale data makes
 * for the countries whose postcodes we check; messages name fields by these labels, as WooCommerce's do.
 */
public final class AddressLabels {

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("first_name", "First name"), Map.entry("last_name", "Last name"),
            Map.entry("company", "Company name"), Map.entry("country", "Country / Region"),
            Map.entry("address_1", "Street address"), Map.entry("address_2", "Apartment, suite, unit, etc."),
            Map.entry("city", "Town / City"), Map.entry("state", "State / County"),
            Map.entry("postcode", "Postcode / ZIP"), Map.entry("phone", "Phone"),
            Map.entry("email", "Email address"));

    private static final Map<String, Map<String, String>> BY_COUNTRY = Map.of(
            "US", Map.of("postcode", "ZIP Code", "state", "State"),
            "CA", Map.of("postcode", "Postal code", "state", "Province"),
            "GB", Map.of("postcode", "Postcode", "state", "County"),
            "AU", Map.of("postcode", "Postcode", "state", "State", "city", "Suburb"),
            "DE", Map.of("state", "State"));

    private AddressLabels() {
    }

    /** "Billing ZIP Code", "Shipping Postcode / ZIP": the prefix's word, then the field's label in the country. */
    public static String of(String prefix, String field, String country) {
        String label = BY_COUNTRY.getOrDefault(country, Map.of()).getOrDefault(field, DEFAULTS.get(field));
        return (prefix.startsWith("billing") ? "Billing " : "Shipping ") + label;
    }
}
