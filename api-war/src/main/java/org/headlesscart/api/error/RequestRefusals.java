package org.headlesscart.api.error;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.cocart.v2.CoCartV2;

/**
 * Requests refused for their shape before any route sees them (docs/request-limits.md): too long a URL, too many
 * header bytes, too large a body, a header that cannot be read. WordPress has no codes for these, so they are ours,
 * in the one envelope; {@code data} says which limit or header it was.
 */
public final class RequestRefusals {

    private RequestRefusals() {
    }

    public static CoCartError uriTooLong(int limit) {
        return CoCartError.body(414, "cocart_uri_too_long", "The request URL is too long.", limit(limit));
    }

    public static CoCartError headersTooLarge(int limit) {
        return CoCartError.body(431, "cocart_headers_too_large", "The request headers are too large.", limit(limit));
    }

    public static CoCartError bodyTooLarge(long limit) {
        return CoCartError.body(413, "cocart_request_too_large", "The request body is too large.", limit(limit));
    }

    /** 400 {@code cocart_invalid_header}: a header the request sent that cannot be read as its syntax says. */
    public static Response invalidHeader(String header, String message) {
        return CoCartError.response(400, "cocart_invalid_header", message, Map.of("header", header));
    }

    public static Response response(CoCartError error) {
        return Response.status((Integer) error.data().get("status")).type(CoCartV2.JSON).entity(error).build();
    }

    /**
     * Thrown while a body is read past its limit: a {@link WebApplicationException} whose response already has
     * its envelope, so JAX-RS sends it as it is wherever the body is read.
     */
    public static WebApplicationException bodyTooLargeException(long limit) {
        return new WebApplicationException("request body over " + limit + " bytes", response(bodyTooLarge(limit)));
    }

    private static Map<String, Object> limit(long limit) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (limit > 0) {
            data.put("limit_bytes", limit);
        }
        return data;
    }
}
