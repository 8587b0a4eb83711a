package org.headlesscart.api.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals. As in WordPress, an unknown path and a known path with the wrong method are both
 * 404 {@code rest_no_route}; any other status is kept, in the envelope.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    static final String NO_ROUTE = "No route was found matching the URL and request method.";

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 404, 405 -> CoCartError.response(404, "rest_no_route", NO_ROUTE);
            case 400 -> CoCartError.response(400, "rest_invalid_param", "Invalid parameter(s).");
            case 415 -> CoCartError.response(415, "rest_invalid_request", "Unsupported request content type.");
            default -> status >= 500
                    ? UncaughtExceptionMapper.serverFault(e, request)
                    : CoCartError.response(status, "rest_invalid_request", e.getResponse().getStatusInfo().getReasonPhrase());
        };
    }
}
