package org.headlesscart.api.error;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 {@code rest_invalid_param} as WordPress words it: {@code data.params} maps each parameter to its problem. */
@Provider
public class InvalidParamMapper implements ExceptionMapper<InvalidParamException> {

    @Override
    public Response toResponse(InvalidParamException e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("params", new TreeMap<>(e.params()));
        return CoCartError.response(400, "rest_invalid_param", e.getMessage(), data);
    }
}
