package org.headlesscart.api.error;

import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 {@code rest_missing_callback_param} as WordPress words it (capture 54): the names in {@code data.params}. */
@Provider
public class MissingParamMapper implements ExceptionMapper<MissingParamException> {

    @Override
    public Response toResponse(MissingParamException e) {
        return CoCartError.response(400, "rest_missing_callback_param", e.getMessage(), Map.of("params", e.params()));
    }
}
