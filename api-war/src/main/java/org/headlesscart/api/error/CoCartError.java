package org.headlesscart.api.error;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.cocart.v2.CoCartV2;

/**
 * The one error envelope of the API, WordPress's: {@code {"code","message","data":{"status", ...}}}, sent with
 * HTTP status = {@code data.status}. Every mapper and the error servlet build their bodies here.
 */
@JsonbPropertyOrder({"code", "message", "data"})
public record CoCartError(String code, String message, Map<String, Object> data) {

    public static Response response(int status, String code, String message) {
        return response(status, code, message, Map.of());
    }

    /** An error whose {@code data} carries more than the status, e.g. {@code incident} or {@code params}. */
    public static Response response(int status, String code, String message, Map<String, Object> extraData) {
        return Response.status(status).type(CoCartV2.JSON).entity(body(status, code, message, extraData)).build();
    }

    /** The body alone, {@code data.status} first, for writers outside JAX-RS. */
    public static CoCartError body(int status, String code, String message, Map<String, Object> extraData) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", status);
        data.putAll(extraData);
        return new CoCartError(code, message, data);
    }
}
