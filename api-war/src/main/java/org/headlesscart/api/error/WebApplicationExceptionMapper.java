package org.headlesscart.api.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.api.cocart.v2.CoCartV2;

/**
 * JAX-RS's own refusals. As in WordPress, an unknown path and a known path with the wrong method are both
 * 404 {@code rest_no_route}; any other status is kept, in the envelope ({@link StatusErrors}). A refusal thrown
 * with its envelope already built is sent as it is.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    static final String NO_ROUTE = "No route was found matching the URL and request method.";

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().hasEntity()) {
            return e.getResponse();             // built in the envelope where it was thrown
        }
        if (status == 400) {
            // JAX-RS refuses a parameter it cannot convert (a path or query value for a number) with a bare 400.
            return CoCartError.response(400, "rest_invalid_param", "Invalid parameter(s).");
        }
        if (status >= 500) {
            return UncaughtExceptionMapper.serverFault(e, request);
        }
        CoCartError error = StatusErrors.of(status);
        return Response.status((Integer) error.data().get("status")).type(CoCartV2.JSON).entity(error).build();
    }
}
