package org.headlesscart.api.error;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not valid JSON: 400 {@code rest_invalid_json}, WordPress's answer. Jersey's JSON-B
 * reader wraps the parser's error in a {@link ProcessingException}; anything else processing throws is a
 * server fault and goes to the catch-all.
 */
@Provider
public class InvalidJsonMapper implements ExceptionMapper<ProcessingException> {

    static final String MESSAGE = "Invalid JSON body passed.";

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ProcessingException e) {
        return isJsonError(e)
                ? CoCartError.response(400, "rest_invalid_json", MESSAGE)
                : UncaughtExceptionMapper.serverFault(e, request);
    }

    static boolean isJsonError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
