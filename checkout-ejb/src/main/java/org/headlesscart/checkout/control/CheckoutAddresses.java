package org.headlesscart.checkout.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.headlesscart.checkout.model.CheckoutRequest;
import org.headlesscart.customer.model.ContactSyntax;
import org.headlesscart.customer.model.CustomerAddressRules;
import org.headlesscart.customer.model.Postcodes;
import org.headlesscart.order.boundary.OrderException;
import org.headlesscart.order.boundary.OrderFailure;
import org.headlesscart.order.model.OrderAddress;

/**
 * The checkout's addresses (COCART-PLUS §1.3, §4.5 step 2): the request's unprefixed fields merged into the cart
 * customer's {@code billing_*}/{@code shipping_*} fields and checked all at once. One problem answers its own code
 * ({@code cocart_address_field_required}, {@code cocart_invalid_email_address} ...); several answer
 * {@code cocart_invalid_address_fields} with the messages joined and each problem in {@code data.errors}.
 */
public final class CheckoutAddresses {

    /** The fields of an address, unprefixed, in WooCommerce's order. */
    public static final List<String> FIELDS = CheckoutRequest.ADDRESS_FIELDS;

    /** What placing an order needs of the billing address (the CheckoutProcessRequest schema's required list). */
    private static final List<String> REQUIRED = List.of("first_name", "last_name", "address_1", "city", "postcode",
            "country");

    private static final Map<String, String> LABELS = Map.of("first_name", "First name", "last_name", "Last name",
            "address_1", "Address 1", "city", "City", "postcode", "Postcode", "country", "Country");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private CheckoutAddresses() {
    }

    /** One problem: its reason, the message's arguments and the field ({@code billing_postcode}). */
    record Problem(OrderFailure failure, String field, Object... args) {

        String message() {
            return failure.message().formatted(args);
        }
    }

    /**
     * The request's address fields as the cart customer's canonical fields ({@code billing_first_name} ...): only the
     * fields sent, stripped. With {@code useDifferentBilling} false the shipping address sent is also the billing
     * address, its e-mail and phone taken when it has them (CoCart Plus's flag).
     */
    public static Map<String, String> fields(Map<String, String> billing, Map<String, String> shipping,
            boolean useDifferentBilling) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> effectiveBilling = new LinkedHashMap<>(billing);
        if (!useDifferentBilling && !shipping.isEmpty()) {
            shipping.forEach((name, value) -> {
                if (!value.isBlank() || !Set.of("email", "phone").contains(name)) {
                    effectiveBilling.put(name, value);
                }
            });
        }
        for (String field : FIELDS) {
            if (effectiveBilling.containsKey(field)) {
                fields.put("billing_" + field, effectiveBilling.get(field).strip());
            }
            if (!field.equals("email") && !field.equals("phone") && shipping.containsKey(field)) {
                fields.put("shipping_" + field, shipping.get(field).strip());
            }
        }
        return fields;
    }

    /**
     * Checks the fields merged over the customer's stored ones; {@code placing} also requires the billing fields an
     * order needs.
     *
     * @throws OrderException with the problem's code, or {@code INVALID_ADDRESS_FIELDS} for several
     */
    public static void check(Map<String, String> fields, Map<String, String> stored, boolean placing) {
        Map<String, String> merged = new LinkedHashMap<>(stored);
        merged.putAll(fields);
        List<Problem> problems = new ArrayList<>();
        if (placing) {
            for (String field : REQUIRED) {
                if (merged.getOrDefault("billing_" + field, "").isBlank()) {
                    problems.add(new Problem(OrderFailure.ADDRESS_FIELD_REQUIRED, "billing_" + field,
                            LABELS.get(field)));
                }
            }
        }
        for (String prefix : List.of("billing_", "shipping_")) {
            String country = merged.getOrDefault(prefix + "country", "");
            boolean countryGiven = fields.containsKey(prefix + "country");
            if (!country.isEmpty() && !COUNTRIES.contains(country)) {
                if (countryGiven) {
                    problems.add(new Problem(prefix.equals("billing_") ? OrderFailure.INVALID_BILLING_COUNTRY
                            : OrderFailure.INVALID_SHIPPING_COUNTRY, prefix + "country", country));
                }
                continue;
            }
            String postcode = merged.getOrDefault(prefix + "postcode", "");
            if (!postcode.isEmpty() && (countryGiven || fields.containsKey(prefix + "postcode"))
                    && !Postcodes.valid(country, Postcodes.normalize(country, postcode))) {
                problems.add(new Problem(prefix.equals("billing_") ? OrderFailure.INVALID_BILLING_POSTCODE
                        : OrderFailure.INVALID_SHIPPING_POSTCODE, prefix + "postcode", postcode, countryName(country)));
            }
        }
        String email = fields.getOrDefault("billing_email", "");
        if (!email.isEmpty() && !ContactSyntax.isEmail(email)) {
            problems.add(new Problem(OrderFailure.INVALID_EMAIL_ADDRESS, "billing_email", email));
        }
        for (String prefix : List.of("billing_", "shipping_")) {
            String phone = fields.getOrDefault(prefix + "phone", "");
            if (!phone.isEmpty() && !ContactSyntax.isPhone(phone)) {
                problems.add(new Problem(OrderFailure.INVALID_PHONE_NUMBER, prefix + "phone", phone));
            }
        }
        // Lengths and control characters, as the cart's update-customer checks them, for what is left.
        Set<String> seen = new java.util.HashSet<>();
        problems.forEach(p -> seen.add(p.field()));
        CustomerAddressRules.problems(fields, stored).forEach((field, message) -> {
            if (!seen.contains(field)) {
                problems.add(new Problem(OrderFailure.INVALID_ADDRESS_FIELDS, field, message));
            }
        });
        if (problems.size() == 1) {
            Problem only = problems.get(0);
            throw only.failure().exception(Map.of("field", only.field()), only.args());
        }
        if (!problems.isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            problems.forEach(p -> errors.add(Map.of("field", p.field(), "code", p.failure().name(),
                    "message", p.message())));
            throw OrderFailure.INVALID_ADDRESS_FIELDS.exception(Map.of("errors", errors),
                    String.join(" ", problems.stream().map(Problem::message).toList()));
        }
    }

    /** "United States (US)", as WooCommerce names a country in its postcode message. */
    static String countryName(String country) {
        if (country.isEmpty()) {
            return "your country";
        }
        return new Locale("", country).getDisplayCountry(Locale.ENGLISH) + " (" + country + ")";
    }

    /** An address of the order from the customer's canonical fields. */
    public static OrderAddress address(Map<String, String> customer, String prefix) {
        return new OrderAddress(customer.get(prefix + "first_name"), customer.get(prefix + "last_name"),
                customer.get(prefix + "company"), customer.get(prefix + "address_1"),
                customer.get(prefix + "address_2"), customer.get(prefix + "city"), customer.get(prefix + "state"),
                customer.get(prefix + "postcode"), customer.get(prefix + "country"),
                prefix.equals("billing_") ? customer.get("billing_email") : "", customer.get(prefix + "phone"));
    }
}
