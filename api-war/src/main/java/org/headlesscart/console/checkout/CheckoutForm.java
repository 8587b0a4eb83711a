package org.headlesscart.console.checkout;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.headlesscart.checkout.model.CheckoutRequest;
import org.headlesscart.order.boundary.OrderException;

/**
 * The hosted checkout's form as text: the address maps the page binds, what of them is sent to the checkout
 * component, and the component's address refusals spread over the fields they name. No rule of the checkout is
 * repeated here: what is required and valid is the component's word ({@code CheckoutAddresses}).
 */
final class CheckoutForm {

    /** A country for the select: ISO code and English name, as WooCommerce lists them. */
    public record Country(String code, String name) implements Serializable {
    }

    /** Every ISO 3166-1 country by name; checkout/config offers them all (docs/checkout.md). */
    static final List<Country> COUNTRIES = Stream.of(Locale.getISOCountries())
            .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Country::name)).toList();

    /** The fields that decide shipping rates, taxes and payment methods. */
    private static final List<String> DESTINATION = List.of("country", "state", "postcode", "city");

    private CheckoutForm() {
    }

    /** An address with every field of CheckoutRequest.ADDRESS_FIELDS, empty, in WooCommerce's order. */
    static Map<String, String> emptyAddress() {
        Map<String, String> address = new LinkedHashMap<>();
        CheckoutRequest.ADDRESS_FIELDS.forEach(field -> address.put(field, ""));
        return address;
    }

    /** The address as POST checkout's body would carry it: every field, blank ones too (the component decides). */
    static Map<String, String> sent(Map<String, String> address, boolean billing) {
        Map<String, String> sent = new LinkedHashMap<>();
        address.forEach((field, value) -> {
            if (billing || !field.equals("email") && !field.equals("phone")) {
                sent.put(field, value == null ? "" : value);
            }
        });
        return sent;
    }

    /** The destination fields that are filled in, for a rates update. */
    static Map<String, String> destination(Map<String, String> address) {
        Map<String, String> destination = new LinkedHashMap<>();
        for (String field : DESTINATION) {
            String value = address.get(field);
            if (value != null && !value.isBlank()) {
                destination.put(field, value);
            }
        }
        return destination;
    }

    /**
     * The component's address refusal as field → message ({@code billing_first_name} → "First name is required."):
     * one problem names its field in {@code data.field}, several list theirs in {@code data.errors}. Empty for a
     * refusal that is not about a field.
     */
    static Map<String, String> fieldErrors(OrderException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (e.data().get("field") instanceof String field) {
            fields.put(field, e.getMessage());
        } else if (e.data().get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                if (error instanceof Map<?, ?> problem && problem.get("field") instanceof String field) {
                    fields.putIfAbsent(field, String.valueOf(problem.get("message")));
                }
            }
        }
        return fields;
    }

    /**
     * What identifies a placement for its Idempotency-Key: the cart and everything the request carries, so that the
     * same form sent twice (a double click, a resent POST) is one placement, and a changed form another.
     */
    static String fingerprint(String cartKey, CheckoutRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Object> parts = List.of("hosted-checkout", String.valueOf(cartKey), new TreeMap<>(request.billing()),
                    new TreeMap<>(request.shipping()), String.valueOf(request.paymentMethod()),
                    String.valueOf(request.shippingMethod()), new TreeMap<>(request.paymentData()),
                    String.valueOf(request.customerNote()));
            for (Object part : parts) {
                String text = part.toString();
                sha.update((text.length() + ":" + text + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
