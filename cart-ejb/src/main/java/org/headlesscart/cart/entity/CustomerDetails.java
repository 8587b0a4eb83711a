package org.headlesscart.cart.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The customer fields a cart carries (contract §3.1): WooCommerce's default billing and shipping checkout fields,
 * one column each, under their canonical names ({@code billing_city}). Values are never null.
 */
@Embeddable
public class CustomerDetails {

    /** Billing fields in WooCommerce's order, as the cart's {@code billing_address} lists them. */
    public static final List<String> BILLING = List.of("billing_first_name", "billing_last_name", "billing_company", "billing_country", "billing_address_1", "billing_address_2", "billing_city", "billing_state", "billing_postcode", "billing_phone", "billing_email");

    /** Shipping fields in WooCommerce's order. */
    public static final List<String> SHIPPING = List.of("shipping_first_name", "shipping_last_name", "shipping_company", "shipping_country", "shipping_address_1", "shipping_address_2", "shipping_city", "shipping_state", "shipping_postcode");

    @Column(name = "billing_first_name", nullable = false)
    private String billingFirstName = "";

    @Column(name = "billing_last_name", nullable = false)
    private String billingLastName = "";

    @Column(name = "billing_company", nullable = false)
    private String billingCompany = "";

    @Column(name = "billing_country", nullable = false)
    private String billingCountry = "";

    @Column(name = "billing_address_1", nullable = false)
    private String billingAddress1 = "";

    @Column(name = "billing_address_2", nullable = false)
    private String billingAddress2 = "";

    @Column(name = "billing_city", nullable = false)
    private String billingCity = "";

    @Column(name = "billing_state", nullable = false)
    private String billingState = "";

    @Column(name = "billing_postcode", nullable = false)
    private String billingPostcode = "";

    @Column(name = "billing_phone", nullable = false)
    private String billingPhone = "";

    @Column(name = "billing_email", nullable = false)
    private String billingEmail = "";

    @Column(name = "shipping_first_name", nullable = false)
    private String shippingFirstName = "";

    @Column(name = "shipping_last_name", nullable = false)
    private String shippingLastName = "";

    @Column(name = "shipping_company", nullable = false)
    private String shippingCompany = "";

    @Column(name = "shipping_country", nullable = false)
    private String shippingCountry = "";

    @Column(name = "shipping_address_1", nullable = false)
    private String shippingAddress1 = "";

    @Column(name = "shipping_address_2", nullable = false)
    private String shippingAddress2 = "";

    @Column(name = "shipping_city", nullable = false)
    private String shippingCity = "";

    @Column(name = "shipping_state", nullable = false)
    private String shippingState = "";

    @Column(name = "shipping_postcode", nullable = false)
    private String shippingPostcode = "";

    /** The value of a canonical field name; {@code null} for a name that is not one. */
    public String get(String name) {
        return switch (name) {
            case "billing_first_name" -> billingFirstName;
            case "billing_last_name" -> billingLastName;
            case "billing_company" -> billingCompany;
            case "billing_country" -> billingCountry;
            case "billing_address_1" -> billingAddress1;
            case "billing_address_2" -> billingAddress2;
            case "billing_city" -> billingCity;
            case "billing_state" -> billingState;
            case "billing_postcode" -> billingPostcode;
            case "billing_phone" -> billingPhone;
            case "billing_email" -> billingEmail;
            case "shipping_first_name" -> shippingFirstName;
            case "shipping_last_name" -> shippingLastName;
            case "shipping_company" -> shippingCompany;
            case "shipping_country" -> shippingCountry;
            case "shipping_address_1" -> shippingAddress1;
            case "shipping_address_2" -> shippingAddress2;
            case "shipping_city" -> shippingCity;
            case "shipping_state" -> shippingState;
            case "shipping_postcode" -> shippingPostcode;
            default -> null;
        };
    }

    /** Sets a canonical field; whether the name is one. */
    public boolean set(String name, String value) {
        String v = value == null ? "" : value;
        switch (name) {
            case "billing_first_name" -> billingFirstName = v;
            case "billing_last_name" -> billingLastName = v;
            case "billing_company" -> billingCompany = v;
            case "billing_country" -> billingCountry = v;
            case "billing_address_1" -> billingAddress1 = v;
            case "billing_address_2" -> billingAddress2 = v;
            case "billing_city" -> billingCity = v;
            case "billing_state" -> billingState = v;
            case "billing_postcode" -> billingPostcode = v;
            case "billing_phone" -> billingPhone = v;
            case "billing_email" -> billingEmail = v;
            case "shipping_first_name" -> shippingFirstName = v;
            case "shipping_last_name" -> shippingLastName = v;
            case "shipping_company" -> shippingCompany = v;
            case "shipping_country" -> shippingCountry = v;
            case "shipping_address_1" -> shippingAddress1 = v;
            case "shipping_address_2" -> shippingAddress2 = v;
            case "shipping_city" -> shippingCity = v;
            case "shipping_state" -> shippingState = v;
            case "shipping_postcode" -> shippingPostcode = v;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** All fields by canonical name, billing first, in WooCommerce's order. */
    public Map<String, String> asMap() {
        Map<String, String> all = new LinkedHashMap<>();
        BILLING.forEach(n -> all.put(n, get(n)));
        SHIPPING.forEach(n -> all.put(n, get(n)));
        return all;
    }
}
