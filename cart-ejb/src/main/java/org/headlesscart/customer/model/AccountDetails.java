package org.headlesscart.customer.model;

/**
 * What a customer sends to change their account's details, as WooCommerce's edit-account form names it
 * ({@code account_first_name} …, {@code password_current}, {@code password_1}, {@code password_2}); null for a
 * field not sent.
 */
public record AccountDetails(String firstName, String lastName, String displayName, String email,
        String currentPassword, String newPassword, String repeatedPassword) {
}
