package org.headlesscart.order.model;

/**
 * A billing or shipping address of an order, WooCommerce's fields; {@code ""} for a field not given. A shipping
 * address has no e-mail ({@code ""}).
 */
public record OrderAddress(String firstName, String lastName, String company, String address1, String address2,
        String city, String state, String postcode, String country, String email, String phone) {

    public static final OrderAddress EMPTY = new OrderAddress("", "", "", "", "", "", "", "", "", "", "");

    public OrderAddress {
        firstName = orEmpty(firstName);
        lastName = orEmpty(lastName);
        company = orEmpty(company);
        address1 = orEmpty(address1);
        address2 = orEmpty(address2);
        city = orEmpty(city);
        state = orEmpty(state);
        postcode = orEmpty(postcode);
        country = orEmpty(country);
        email = orEmpty(email);
        phone = orEmpty(phone);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
