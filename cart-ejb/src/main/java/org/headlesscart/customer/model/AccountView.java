package org.headlesscart.customer.model;

/**
 * A user as other components and the REST layer see it: never with the password hash. {@code role} is the
 * WooCommerce role name ({@code administrator}, {@code shop_manager}, {@code customer}).
 */
public record AccountView(long id, String username, String email, String role, String firstName, String lastName,
        String displayName, String billingPhone) {

    /** Whether the user has this role, by its WooCommerce name. */
    public boolean hasRole(String roleName) {
        return role.equals(roleName);
    }
}
