package org.headlesscart.api.security;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;

import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.ApiKeyGrant;
import org.headlesscart.customer.boundary.ApiKeyLookup;
import org.headlesscart.customer.boundary.ApiKeyService;
import org.headlesscart.customer.model.ApiKeyPermissions;

/**
 * WooCommerce REST API keys (docs/authentication.md#rest-api-keys), as {@code WC_REST_Authentication} checks them, in
 * its order: the key and secret (one 401 whichever half is wrong, counted by {@link LoginThrottle} per key and address,
 * 429 before the secret is checked once over a limit), the route (keys open only the admin routes, {@link StaffOnly}),
 * then the key's permission for the method; only then is the use recorded and the key's owner signed in, as Basic signs
 * in a user.
 */
@ApplicationScoped
public class ApiKeyAuthentication {

    private static final Logger LOG = System.getLogger(ApiKeyAuthentication.class.getName());

    @EJB
    ApiKeyService keys;

    @Inject
    LoginThrottle throttle;

    @Inject
    Caller caller;

    /** @param adminRoute whether the matched route is one keys may open ({@link StaffOnly}) */
    void authenticate(ContainerRequestContext request, Credentials.ApiKey key, boolean secure, String client,
            boolean adminRoute) {
        ApiKeyLookup lookup = keys.lookUp(key.consumerKey());       // no secret checked yet: which key is tried
        Optional<Duration> wait = throttle.retryAfter(lookup.subject(), client);
        if (wait.isPresent()) {
            request.abortWith(BasicAuthenticationFilter.tooManyAttempts(wait.get()));
            return;
        }
        ApiKeyGrant grant;
        try {
            grant = keys.authenticate(lookup, key.consumerSecret());
        } catch (AccountException refused) {
            throttle.failed(lookup.subject(), client);
            LOG.log(Level.DEBUG, () -> "Failed API key from " + client + ": " + key);
            throw refused;
        }
        throttle.succeeded(lookup.subject(), client);
        Optional<AuthRefusal> refusal = refusal(request.getMethod(), grant.key().permissions(), adminRoute);
        if (refusal.isPresent()) {
            request.abortWith(refusal.get().response());
            return;
        }
        keys.recordAccess(grant);
        caller.signIn(request, grant.user(), CallerSecurityContext.named(grant.user()), SecurityContext.BASIC_AUTH,
                secure);
    }

    /**
     * Why a valid key may not make this request: a route outside the admin routes (OPTIONS excepted: it only lists
     * methods), then WooCommerce's permission by method: reading (GET, HEAD) needs {@code read}, writing (POST, PUT,
     * PATCH, DELETE) {@code write}; {@code read_write} does both; OPTIONS is always allowed, any other method never.
     */
    static Optional<AuthRefusal> refusal(String method, ApiKeyPermissions permissions, boolean adminRoute) {
        if (HttpMethod.OPTIONS.equals(method)) {
            return Optional.empty();
        }
        if (!adminRoute) {
            return Optional.of(AuthRefusal.API_KEY_OUT_OF_SCOPE);
        }
        return switch (method) {
            case HttpMethod.GET, HttpMethod.HEAD ->
                permissions.reads() ? Optional.empty() : Optional.of(AuthRefusal.API_KEY_CANNOT_READ);
            case HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE ->
                permissions.writes() ? Optional.empty() : Optional.of(AuthRefusal.API_KEY_CANNOT_WRITE);
            default -> Optional.of(AuthRefusal.API_KEY_UNKNOWN_METHOD);
        };
    }
}
