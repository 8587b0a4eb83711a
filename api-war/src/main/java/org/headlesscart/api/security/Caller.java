package org.headlesscart.api.security;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.headlesscart.customer.model.AccountView;

/**
 * Who is calling, for this request: set once by an authentication mechanism (Basic or JWT Bearer), read by
 * resources. Empty for an anonymous request.
 */
@RequestScoped
public class Caller {

    private AccountView account;
    private String scheme;

    /**
     * The one place every mechanism signs a user in: records the user here and gives JAX-RS the same
     * {@link CallerSecurityContext}, so resources and filters cannot tell Basic from Bearer except by the scheme and
     * the principal's type.
     *
     * @param principal named by the user id; a {@link JwtPrincipal} for Bearer
     * @param authenticationScheme as {@link jakarta.ws.rs.core.SecurityContext} names it
     */
    void signIn(ContainerRequestContext request, AccountView user, Principal principal, String authenticationScheme,
            boolean secure) {
        this.account = user;
        this.scheme = authenticationScheme;
        request.setSecurityContext(new CallerSecurityContext(user, principal, secure, authenticationScheme));
    }

    public Optional<AccountView> account() {
        return Optional.ofNullable(account);
    }

    public String scheme() {
        return scheme;
    }
}
