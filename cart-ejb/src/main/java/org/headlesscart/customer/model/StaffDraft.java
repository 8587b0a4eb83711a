package org.headlesscart.customer.model;

/**
 * A staff account to make, as the console's form sent it. {@code role} is WooCommerce's name
 * ({@code administrator} or {@code shop_manager}); a blank username is made from the e-mail. {@code toString}
 * leaves the password out.
 */
public record StaffDraft(String email, String username, String firstName, String lastName, String role,
        String password) {

    @Override
    public String toString() {
        return "StaffDraft[email=" + email + ", username=" + username + ", role=" + role + "]";
    }
}
