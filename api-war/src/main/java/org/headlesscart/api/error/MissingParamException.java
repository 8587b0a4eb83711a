package org.headlesscart.api.error;

import java.util.List;

/**
 * Thrown when required request parameters are absent, which WordPress checks before their values: 400
 * {@code rest_missing_callback_param}, with the missing names in {@code data.params}.
 */
public class MissingParamException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> params;

    public MissingParamException(List<String> params) {
        super("Missing parameter(s): " + String.join(", ", params));
        this.params = List.copyOf(params);
    }

    public List<String> params() {
        return params;
    }
}
