package org.headlesscart.customer.entity;

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

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
