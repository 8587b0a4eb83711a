package org.headlesscart.api.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.api.error.RequestRefusals;
import org.headlesscart.api.error.StatusErrors;

/**
 * Answers a {@code ?rest_route=} that can match no route ({@link RestRouteFilter} marks it) with 404
 * {@code rest_no_route}, as WordPress does, from inside JAX-RS so that the answer has the CORS and WordPress headers
 * and honours {@code _envelope} like any other. After CORS preflights, which such a URL gets as any unknown one does.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 60)
@ApplicationScoped
public class RestRouteCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(RestRouteFilter.INVALID) != null) {
            request.abortWith(RequestRefusals.response(StatusErrors.of(404)));
        }
    }
}
