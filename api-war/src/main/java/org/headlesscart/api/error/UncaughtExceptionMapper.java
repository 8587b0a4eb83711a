package org.headlesscart.api.error;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.api.cocart.v2.CoCartV2;

/**
 * Everything no other mapper claims (JAX-RS picks the nearest superclass, so this never shadows them):
 * 500 {@code cocart_unknown_server_error} with an incident id that is logged beside the stack trace, so an
 * operator can find what a client reports. The trace itself never leaves the server.
 */
@Provider
public class UncaughtExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = System.getLogger(UncaughtExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        return incident(e);
    }

    static Response incident(Throwable e) {
        CoCartError body = logIncident(e, "unhandled " + e.getClass().getName());
        return Response.status(500).type(CoCartV2.JSON).entity(body).build();
    }

    /** Logs the failure under a new incident id and returns the 500 body that quotes it. */
    static CoCartError logIncident(Throwable e, String what) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.ERROR, "Incident " + incident + ": " + what, e);
        return CoCartError.body(500, "cocart_unknown_server_error",
                "An unexpected error occurred. Quote incident " + incident + " when reporting it.",
                Map.of("incident", incident));
    }
}
