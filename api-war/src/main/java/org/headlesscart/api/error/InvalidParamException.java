package org.headlesscart.api.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown when request parameters fail WordPress's own argument validation: 400 {@code rest_invalid_param}, with
 * the offending parameters and why in {@code data.params}, and in {@code data.details} each one's error as
 * WordPress gives it ({@code code}, {@code message}, {@code data.param}).
 */
public class InvalidParamException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The code a detail carries when the check that failed has no WordPress code of its own. */
    public static final String GENERIC_CODE = "rest_invalid_param";

    /**
     * One parameter's error: WordPress's {@code code} (such as {@code rest_invalid_type}), its message and the
     * value's path inside the parameter ({@code dimensions[length]}), which WordPress puts in {@code data.param}.
     */
    public record Problem(String code, String message, String param) {
    }

    private final transient Map<String, Problem> problems;

    /** Problems of checks without a WordPress code of their own, keyed and named by the parameter. */
    public InvalidParamException(Map<String, String> params) {
        this(generic(params));
    }

    private InvalidParamException(LinkedHashMap<String, Problem> problems) {
        super("Invalid parameter(s): " + String.join(", ", problems.keySet()));
        this.problems = Map.copyOf(problems);
    }

    /** Each top-level parameter with its first problem. */
    public static InvalidParamException of(Map<String, Problem> problems) {
        return new InvalidParamException(new LinkedHashMap<>(problems));
    }

    /** Parameter → message, for {@code data.params}. */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        problems.forEach((name, problem) -> params.put(name, problem.message()));
        return params;
    }

    public Map<String, Problem> problems() {
        return problems;
    }

    private static LinkedHashMap<String, Problem> generic(Map<String, String> params) {
        LinkedHashMap<String, Problem> problems = new LinkedHashMap<>();
        params.forEach((name, message) -> problems.put(name, new Problem(GENERIC_CODE, message, name)));
        return problems;
    }
}
