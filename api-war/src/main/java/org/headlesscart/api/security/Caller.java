package org.headlesscart.api.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.headlesscart.customer.boundary.AccountView;

/**
 * Who is calling, for this request: set once by an authentication mechanism (Basic now; a JWT Bearer mechanism
 * sets it the same way), read by resources. Empty for an anonymous request.
 */
@RequestScoped
public class Caller {

    private AccountView account;
    private String scheme;

    /** Records the authenticated user; {@code scheme} as {@link jakarta.ws.rs.core.SecurityContext} names it. */
    void authenticated(AccountView user, String authenticationScheme) {
        this.account = user;
        this.scheme = authenticationScheme;
    }

    public Optional<AccountView> account() {
        return Optional.ofNullable(account);
    }

    public String scheme() {
        return scheme;
    }
}
