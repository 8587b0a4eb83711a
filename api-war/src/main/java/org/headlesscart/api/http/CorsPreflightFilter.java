package org.headlesscart.api.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers every CORS preflight under {@code /wp-json} itself, before route matching and before authentication
 * (a browser never sends credentials with a preflight, so an authentication filter would refuse it). Pre-matching,
 * so a path or method that has no route still gets its preflight answered; the actual request then gets the
 * route's own answer, {@code rest_no_route} included. A plain {@code OPTIONS} without CORS headers is left to
 * JAX-RS.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class CorsPreflightFilter implements ContainerRequestFilter {

    static final String REQUEST_METHOD = "Access-Control-Request-Method";

    @Inject
    CorsPolicy cors;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPreflight(request)) {
            request.abortWith(cors.preflight(request.getHeaderString("Origin")));
        }
    }

    static boolean isPreflight(ContainerRequestContext request) {
        return HttpMethod.OPTIONS.equals(request.getMethod()) && request.getHeaderString("Origin") != null
                && request.getHeaderString(REQUEST_METHOD) != null;
    }
}
