package org.headlesscart.customer.model;

import java.time.Instant;
import java.util.Map;

/**
 * A user as the admin customers API shows it: never with the password hash. Addresses are WooCommerce's fields
 * without prefix, in WooCommerce's order; the shipping address has no e-mail.
 */
public record CustomerView(long id, Instant createdAt, Instant modifiedAt, String email, String firstName,
        String lastName, String role, String username, Map<String, String> billing, Map<String, String> shipping) {
}
