package org.headlesscart.api.error;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 400 {@code rest_invalid_param} as WordPress words it: {@code data.params} maps each parameter to its problem,
 * {@code data.details} to its error object ({@code code}, {@code message}, {@code data.param}).
 */
@Provider
public class InvalidParamMapper implements ExceptionMapper<InvalidParamException> {

    @Override
    public Response toResponse(InvalidParamException e) {
        return CoCartError.response(400, "rest_invalid_param", e.getMessage(), data(e.problems()));
    }

    /** {@code params} and {@code details} of the problems, by parameter name. */
    static Map<String, Object> data(Map<String, InvalidParamException.Problem> problems) {
        Map<String, String> params = new TreeMap<>();
        Map<String, Object> details = new TreeMap<>();
        problems.forEach((name, problem) -> {
            params.put(name, problem.message());
            details.put(name, Map.of("code", problem.code(), "message", problem.message(),
                    "data", Map.of("param", problem.param())));
        });
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("params", params);
        data.put("details", details);
        return data;
    }

    /** The same for checks without WordPress codes of their own (the components' field problems). */
    static Map<String, Object> data(Map<String, String> fields, String code) {
        Map<String, InvalidParamException.Problem> problems = new LinkedHashMap<>();
        fields.forEach((name, message) -> problems.put(name, new InvalidParamException.Problem(code, message, name)));
        return data(problems);
    }
}
