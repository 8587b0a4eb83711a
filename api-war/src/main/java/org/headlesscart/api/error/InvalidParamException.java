package org.headlesscart.api.error;

import java.util.Map;

/**
 * Thrown when request parameters fail WordPress's own argument validation: 400 {@code rest_invalid_param}, with
 * the offending parameters and why in {@code data.params}.
 */
public class InvalidParamException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> params;

    public InvalidParamException(Map<String, String> params) {
        super("Invalid parameter(s): " + String.join(", ", params.keySet()));
        this.params = Map.copyOf(params);
    }

    public Map<String, String> params() {
        return params;
    }
}
