package org.headlesscart.customer.model;

/**
 * A page of the admin customers list.
 *
 * @param role    WooCommerce's role name, or null for every role
 * @param search  part of a username, e-mail or name; null for all
 * @param email   exactly this e-mail; null for all
 */
public record CustomerQuery(int page, int perPage, String role, String search, String email, Order orderBy,
        boolean descending) {

    /** WooCommerce's {@code orderby} choices: {@code id}, {@code name} (the username), {@code registered_date}. */
    public enum Order { ID, NAME, REGISTERED_DATE }
}
