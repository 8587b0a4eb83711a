package org.headlesscart.api.security;

import java.security.Principal;

import jakarta.ws.rs.core.SecurityContext;

import org.headlesscart.customer.model.AccountView;

/**
 * JAX-RS's view of an authenticated caller: the principal's name is the user id as a string (CoCart's
 * {@code user_id}, and the user's cart key), roles are WooCommerce's role names ({@code administrator},
 * {@code shop_manager}, {@code customer}), always the account's current one (a JWT's {@code groups} is what it was
 * at issue).
 */
record CallerSecurityContext(AccountView account, Principal principal, boolean secure, String scheme)
        implements SecurityContext {

    /** Basic's: the principal is just the user id. */
    CallerSecurityContext(AccountView account, boolean secure, String scheme) {
        this(account, named(account), secure, scheme);
    }

    /** Basic's principal: just the user id. */
    static Principal named(AccountView account) {
        String name = Long.toString(account.id());
        return () -> name;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return account.hasRole(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
