package org.headlesscart.customer.boundary;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * {@link StaffService}'s refusal. An application exception, so it crosses the EJB proxy unwrapped and rolls the
 * transaction back. The message never contains a password.
 */
@ApplicationException(rollback = true)
public class StaffException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StaffFailure failure;
    private final Map<String, String> fields;

    public StaffException(StaffFailure failure, String message) {
        this(failure, message, Map.of());
    }

    /** @param fields for {@link StaffFailure#INVALID_FIELDS}: each field's problem, keyed by the field */
    public StaffException(StaffFailure failure, String message, Map<String, String> fields) {
        super(message, null, false, false);
        this.failure = failure;
        this.fields = Map.copyOf(fields);
    }

    public StaffFailure failure() {
        return failure;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
