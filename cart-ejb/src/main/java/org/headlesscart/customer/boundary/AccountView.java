package org.headlesscart.customer.boundary;

/** A user as other components and the REST layer see it: never with the password hash. */
public record AccountView(long id, String username, String email, String role, String firstName, String lastName,
        String billingPhone) {
}
