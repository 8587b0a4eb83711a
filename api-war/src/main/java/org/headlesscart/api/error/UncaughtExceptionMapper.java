package org.headlesscart.api.error;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.cocart.v2.cart.CartWriteRetry;
import org.headlesscart.api.health.DatabaseAvailability;

/**
 * Everything no other mapper claims (JAX-RS picks the nearest superclass, so this never shadows them):
 * 500 {@code cocart_unknown_server_error} with an incident id that the server log names ({@link IncidentLog}), so
 * an operator can find what a client reports. The trace itself never leaves the server. A failure that means the
 * database could not be reached is no incident: 503 {@code cocart_database_unavailable} ({@link DatabaseOutage}).
 */
@Provider
public class UncaughtExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
        return serverFault(e, request);
    }

    /**
     * The answer to a failure no business rule explains: 409 {@code cocart_cart_busy} for a race on a cart row
     * that outlasted {@link CartWriteRetry}'s attempts, 503 if the database could not be reached (or a transaction
     * failed and a ping finds the database gone), else a logged 500.
     * Runtime exceptions of the EJBs arrive here as they were thrown (ejb-jar.xml declares them application
     * exceptions); those that fail a commit arrive in an {@code EJBException} ({@link EjbExceptionMapper}).
     */
    static Response serverFault(Throwable e, HttpServletRequest request) {
        if (CartWriteRetry.isConflict(e)) {
            return CoCartError.response(409, "cocart_cart_busy", CartExceptionMapper.BUSY);
        }
        if (DatabaseOutage.isUnreachable(e)) {
            DatabaseAvailability.reportUnreachable();
            IncidentLog.unreachable(e, IncidentLog.route(request));
            return DatabaseOutage.refusal();
        }
        if (DatabaseOutage.isTransactionFailure(e) && DatabaseAvailability.confirmsUnreachable()) {
            IncidentLog.unreachable(e, IncidentLog.route(request));
            return DatabaseOutage.refusal();
        }
        CoCartError body = logIncident(e, IncidentLog.route(request));
        return Response.status(500).type(CoCartV2.JSON).entity(body).build();
    }

    /** Logs the failure under a new incident id and returns the 500 body that quotes it. */
    static CoCartError logIncident(Throwable e, String route) {
        String incident = IncidentLog.incident(e, route);
        return CoCartError.body(500, "cocart_unknown_server_error",
                "An unexpected error occurred. Quote incident " + incident + " when reporting it.",
                Map.of("incident", incident));
    }
}
