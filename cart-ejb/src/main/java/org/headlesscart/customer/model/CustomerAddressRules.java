package org.headlesscart.customer.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks of the billing and shipping fields that {@code /cart/update} with {@code namespace=update-customer}
 * changes (contract §3.1, §11.1). Each problem is keyed by the canonical field name ({@code billing_postcode})
 * and worded as WooCommerce words checkout errors: "Billing ZIP Code is not a valid postcode / ZIP." The country
 * message is CoCart's own ("'XX' is not a valid country code.").
 *
 * <p>Decisions:
 * <ul>
 * <li>An empty value clears the field and is always accepted: the callback updates an address, it is not a
 *     checkout, so nothing is required here.</li>
 * <li>A country is an upper-case ISO 3166-1 alpha-2 code known to Java. Whether the store sells to it is a store
 *     setting, checked by the caller.</li>
 * <li>A state is free text (at most 100 characters, no control characters). WooCommerce checks it against its
 *     state lists where a country has one; we have no such lists yet, and refusing a real state would be worse
 *     than accepting a misspelt one.</li>
 * <li>A postcode is checked once {@linkplain #normalizePostcode normalized}, as WooCommerce formats before it
 *     validates; against the country of the same request, else the stored one, else the rule for all countries.
 *     A new country re-checks the stored postcode.</li>
 * <li>Lengths are capped as the customer's address columns are, so that a valid update is also storable.</li>
 * </ul>
 */
public final class CustomerAddressRules {

    /** The address fields by their name without prefix, with the longest value each may hold. */
    private static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("first_name", 100), Map.entry("last_name", 100), Map.entry("company", 100),
            Map.entry("country", 2), Map.entry("address_1", 200), Map.entry("address_2", 200),
            Map.entry("city", 100), Map.entry("state", 100), Map.entry("postcode", 20),
            Map.entry("phone", 30), Map.entry("email", 100));

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final List<String> PREFIXES = List.of("billing_", "shipping_");

    private CustomerAddressRules() {
    }

    /**
     * The callback's parameters under their canonical names: bare names ({@code email}) are billing fields,
     * {@code s_} is short for {@code shipping_}; an explicitly prefixed parameter wins over its alias. Parameters
     * that are not address fields are left out.
     */
    public static Map<String, String> canonical(Map<String, String> params) {
        Map<String, String> fields = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (LIMITS.containsKey(name)) {
                fields.putIfAbsent("billing_" + name, value);
            } else if (name.startsWith("s_") && LIMITS.containsKey(name.substring(2))) {
                fields.putIfAbsent("shipping_" + name.substring(2), value);
            }
        });
        params.forEach((name, value) -> {
            if (PREFIXES.stream().anyMatch(name::startsWith)) {
                fields.put(name, value);
            }
        });
        return fields;
    }

    /** The problems of an update with nothing stored yet; an empty map means valid. */
    public static Map<String, String> problems(Map<String, String> fields) {
        return problems(fields, Map.of());
    }

    /**
     * The problems of an update, field → message; an empty map means valid.
     *
     * @param fields the requested values, canonical or aliased names (see {@link #canonical})
     * @param stored the customer's current {@code billing_*}/{@code shipping_*} values, for the country a
     *               postcode is checked against and the postcode a new country is checked with
     */
    public static Map<String, String> problems(Map<String, String> fields, Map<String, String> stored) {
        Map<String, String> requested = canonical(fields);
        Map<String, String> problems = new LinkedHashMap<>();
        for (String prefix : PREFIXES) {
            new AddressCheck(prefix, requested, stored, problems).run();
        }
        return problems;
    }

    /** How WooCommerce writes a postcode in a country: upper case, "K1A 0B1" and "SW1A 1AA" with their space. */
    public static String normalizePostcode(String country, String postcode) {
        return Postcodes.normalize(country, postcode);
    }

    /** One address's fields, checked in WooCommerce's field order. */
    private record AddressCheck(String prefix, Map<String, String> requested, Map<String, String> stored,
                                Map<String, String> problems) {

        void run() {
            String country = value("country", requested);
            if (!country.isEmpty() && !COUNTRIES.contains(country)) {
                problems.put(prefix + "country", "'" + country + "' is not a valid country code.");
            }
            String effectiveCountry = requested.containsKey(prefix + "country") ? country : value("country", stored);
            String countryCode = COUNTRIES.contains(effectiveCountry) ? effectiveCountry : "";
            for (String field : List.of("first_name", "last_name", "company", "address_1", "address_2", "city",
                    "state", "postcode", "phone", "email")) {
                check(field, countryCode);
            }
        }

        private void check(String field, String country) {
            String name = prefix + field;
            boolean recheckPostcode = field.equals("postcode") && requested.containsKey(prefix + "country");
            if (!requested.containsKey(name) && !recheckPostcode) {
                return;
            }
            String value = value(field, requested.containsKey(name) ? requested : stored);
            String label = AddressLabels.of(prefix, field, country);
            String problem = value.isEmpty() ? null : switch (field) {
                case "email" -> ContactSyntax.isEmail(value) ? null : label + " is not a valid email address.";
                case "phone" -> ContactSyntax.isPhone(value) ? null : label + " is not a valid phone number.";
                case "postcode" -> Postcodes.valid(country, Postcodes.normalize(country, value))
                        ? null : label + " is not a valid postcode / ZIP.";
                default -> null;
            };
            if (problem == null && value.length() > LIMITS.get(field)) {
                problem = label + " is too long: at most " + LIMITS.get(field) + " characters.";
            }
            if (problem == null && value.chars().anyMatch(Character::isISOControl)) {
                problem = label + " is not valid.";
            }
            if (problem != null) {
                problems.put(name, problem);
            }
        }

        private String value(String field, Map<String, String> source) {
            String value = source.get(prefix + field);
            return value == null ? "" : value.strip();
        }
    }
}
