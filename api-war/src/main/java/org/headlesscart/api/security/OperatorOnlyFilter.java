package org.headlesscart.api.security;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.api.error.CoCartError;

/**
 * Lets only the operator through to {@link OperatorOnly} routes, by HTTP Basic with the credentials configured as
 * {@code headlesscart.admin.operator-username} and {@code headlesscart.admin.operator-password}. The answers are
 * those of CoCart's admin routes (contract §10): 401 {@code cocart_rest_cannot_view} for an anonymous request,
 * 401 {@code cocart_authentication_error} for wrong credentials; both carry a Basic challenge.
 */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class OperatorOnlyFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"headless-cart-admin\"";
    static final String ANONYMOUS = "Sorry, only the store operator can do this.";
    static final String WRONG = "Authentication is invalid. Please check your login details are correct and try again.";

    private static final Logger LOG = System.getLogger(OperatorOnlyFilter.class.getName());

    @Inject
    @ConfigProperty(name = "headlesscart.admin.operator-username")
    String username;

    // Optional, and without a default: MicroProfile Config treats an empty value as missing, and no password
    // means that no request gets through.
    @Inject
    @ConfigProperty(name = "headlesscart.admin.operator-password")
    Optional<String> password;

    @Override
    public void filter(ContainerRequestContext request) {
        OperatorCredentials operator = new OperatorCredentials(username, password);
        if (!operator.isConfigured()) {
            LOG.log(Level.WARNING, "headlesscart.admin.operator-password is not set: admin routes refuse every request");
        }
        switch (operator.check(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            case OPERATOR -> {
                // through
            }
            case ANONYMOUS -> request.abortWith(refusal("cocart_rest_cannot_view", ANONYMOUS));
            case WRONG -> request.abortWith(refusal("cocart_authentication_error", WRONG));
        }
    }

    static Response refusal(String code, String message) {
        return Response.fromResponse(CoCartError.response(401, code, message))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
