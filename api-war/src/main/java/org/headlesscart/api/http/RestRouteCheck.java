package org.headlesscart.api.http;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.InvalidParamMapper;
import org.headlesscart.api.error.RequestRefusals;
import org.headlesscart.api.error.StatusErrors;

/**
 * Answers a {@code ?rest_route=} that can match no route ({@link RestRouteFilter} marks it) with 404
 * {@code rest_no_route}, as WordPress does, from inside JAX-RS so that the answer has the CORS and WordPress headers
 * and honours {@code _envelope} like any other; a route too long to look at is 400 {@code rest_invalid_param}.
 * After CORS preflights, which such a URL gets as any unknown one does.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 60)
@ApplicationScoped
public class RestRouteCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(RestRouteFilter.TOO_LONG) != null) {
            request.abortWith(new InvalidParamMapper().toResponse(new InvalidParamException(Map.of(
                    RestRouteFilter.PARAMETER, RestRouteFilter.PARAMETER + " must be at most "
                    + RestRouteFilter.MAX_ROUTE_CHARS + " characters long."))));
        } else if (request.getProperty(RestRouteFilter.INVALID) != null) {
            request.abortWith(RequestRefusals.response(StatusErrors.of(404)));
        }
    }
}
