package org.headlesscart.checkout.model;

import java.util.List;
import java.util.Map;

/**
 * {@code POST cocart/v2/checkout}'s body (COCART-PLUS §1.3 CheckoutProcessRequest), read by the WAR: addresses by
 * their unprefixed WooCommerce names ({@code first_name}, {@code address_1} ...), values as sent.
 *
 * @param shipping            empty when not sent: the billing address ships
 * @param useDifferentBilling false: the shipping address is also the billing address (CoCart Plus's flag)
 * @param paymentData         the gateway's fields, key → value as text
 */
public record CheckoutRequest(Map<String, String> billing, Map<String, String> shipping, boolean useDifferentBilling,
        String paymentMethod, String shippingMethod, String currency, Map<String, String> paymentData,
        boolean createAccount, String customerPassword, String customerNote, String customerIp, String userAgent) {

    /** The fields of an address, unprefixed, in WooCommerce's order: the only keys an address object may carry. */
    public static final List<String> ADDRESS_FIELDS = List.of("first_name", "last_name", "company", "address_1",
            "address_2", "city", "state", "postcode", "country", "email", "phone");


    public CheckoutRequest {
        billing = billing == null ? Map.of() : Map.copyOf(billing);
        shipping = shipping == null ? Map.of() : Map.copyOf(shipping);
        paymentData = paymentData == null ? Map.of() : Map.copyOf(paymentData);
    }
}
