package org.headlesscart.api.error;

import java.util.Map;

/**
 * The envelope for an error status that arrives without one: a JAX-RS refusal without a body, the web container's
 * own errors, a status set by a layer before the application. WordPress answers an unknown path and a known path
 * with the wrong method alike, 404 {@code rest_no_route}; other client errors keep their status with a code that
 * names the kind of mistake (docs/decisions.md).
 */
public final class StatusErrors {

    private StatusErrors() {
    }

    /** The envelope for an error status; a server error is an incident ({@link UncaughtExceptionMapper}). */
    public static CoCartError of(int status) {
        if (status >= 500) {
            return UncaughtExceptionMapper.logIncident(null, "an answer " + status + " without a body");
        }
        return switch (status) {
            case 404, 405 -> CoCartError.body(404, "rest_no_route", WebApplicationExceptionMapper.NO_ROUTE, Map.of());
            case 400 -> CoCartError.body(400, "rest_invalid_request", "The request could not be processed.", Map.of());
            case 401 -> CoCartError.body(401, "rest_not_logged_in", "You are not currently logged in.", Map.of());
            case 403 -> CoCartError.body(403, "rest_forbidden", "Sorry, you are not allowed to do that.", Map.of());
            case 411 -> CoCartError.body(411, "rest_invalid_request", "A request body needs a length.", Map.of());
            case 412 -> CoCartError.body(412, "rest_precondition_failed", "A precondition of the request failed.",
                    Map.of());
            case 413 -> RequestRefusals.bodyTooLarge(0);
            case 414 -> RequestRefusals.uriTooLong(0);
            case 415 -> CoCartError.body(415, "rest_invalid_request", "Unsupported request content type.", Map.of());
            case 431 -> RequestRefusals.headersTooLarge(0);
            default -> CoCartError.body(status, "rest_invalid_request", "The request could not be processed.",
                    Map.of());
        };
    }
}
