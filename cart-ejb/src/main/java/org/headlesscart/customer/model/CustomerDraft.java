package org.headlesscart.customer.model;

import java.util.Map;

/**
 * What an admin sends to create or change a customer, as WooCommerce's customer object names it. A null field is
 * "not sent" and leaves the stored value alone; an address holds only the fields sent, without prefix
 * ({@code city}, not {@code billing_city}).
 */
public record CustomerDraft(String email, String firstName, String lastName, String username, String password,
        Map<String, String> billing, Map<String, String> shipping) {

    public CustomerDraft {
        billing = billing == null ? null : Map.copyOf(billing);
        shipping = shipping == null ? null : Map.copyOf(shipping);
    }
}
