package org.headlesscart.customer.entity;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A billing or shipping address with WooCommerce's customer fields. */
@Embeddable
public class Address {

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName = "";
    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName = "";
    @Column(nullable = false, length = 100)
    private String company = "";
    @Column(name = "address_1", nullable = false, length = 200)
    private String address1 = "";
    @Column(name = "address_2", nullable = false, length = 200)
    private String address2 = "";
    @Column(nullable = false, length = 100)
    private String city = "";
    @Column(nullable = false, length = 100)
    private String state = "";
    @Column(nullable = false, length = 20)
    private String postcode = "";
    @Column(nullable = false, length = 2)
    private String country = "";
    @Column(nullable = false, length = 100)
    private String email = "";
    @Column(nullable = false, length = 30)
    private String phone = "";

    protected Address() {
        // for JPA
    }

    /** An address with the fields a billing address usually starts with; the rest stay empty. */
    public static Address of(String firstName, String lastName, String email, String phone) {
        Address address = new Address();
        address.firstName = firstName;
        address.lastName = lastName;
        address.email = email;
        address.phone = phone;
        return address;
    }

    public Address at(String address1, String city, String state, String postcode, String country) {
        this.address1 = address1;
        this.city = city;
        this.state = state;
        this.postcode = postcode;
        this.country = country;
        return this;
    }

    /** An address with every field empty: what an account without one shows. */
    public static Address blank() {
        return new Address();
    }

    /**
     * A copy with the given fields changed, named without prefix ({@code city}); names that are not fields of an
     * address are ignored, a null value leaves the field as it is.
     */
    public Address with(Map<String, String> changes) {
        Address copy = new Address();
        copy.firstName = changes.getOrDefault("first_name", firstName);
        copy.lastName = changes.getOrDefault("last_name", lastName);
        copy.company = changes.getOrDefault("company", company);
        copy.address1 = changes.getOrDefault("address_1", address1);
        copy.address2 = changes.getOrDefault("address_2", address2);
        copy.city = changes.getOrDefault("city", city);
        copy.state = changes.getOrDefault("state", state);
        copy.postcode = changes.getOrDefault("postcode", postcode);
        copy.country = changes.getOrDefault("country", country);
        copy.email = changes.getOrDefault("email", email);
        copy.phone = changes.getOrDefault("phone", phone);
        return copy;
    }

    /**
     * This address as the WooCommerce REST customer object shows it: unprefixed names in its order; a shipping
     * address has a phone but no e-mail.
     */
    public Map<String, String> restFields(boolean billing) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("first_name", firstName);
        fields.put("last_name", lastName);
        fields.put("company", company);
        fields.put("address_1", address1);
        fields.put("address_2", address2);
        fields.put("city", city);
        fields.put("state", state);
        fields.put("postcode", postcode);
        fields.put("country", country);
        if (billing) {
            fields.put("email", email);
        }
        fields.put("phone", phone);
        return fields;
    }

    public String getCountry() {
        return country;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    /**
     * This address as WooCommerce's customer fields with the given prefix ({@code billing_} or {@code shipping_}),
     * in WooCommerce's order; a shipping address has no e-mail or phone.
     */
    public Map<String, String> asFields(String prefix) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(prefix + "first_name", firstName);
        fields.put(prefix + "last_name", lastName);
        fields.put(prefix + "company", company);
        fields.put(prefix + "country", country);
        fields.put(prefix + "address_1", address1);
        fields.put(prefix + "address_2", address2);
        fields.put(prefix + "city", city);
        fields.put(prefix + "state", state);
        fields.put(prefix + "postcode", postcode);
        if ("billing_".equals(prefix)) {
            fields.put(prefix + "phone", phone);
            fields.put(prefix + "email", email);
        }
        return fields;
    }
}
