package org.headlesscart.customer.boundary;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * Thrown when the customer component refuses a request, e.g. credentials that do not authenticate. An application
 * exception, so it crosses the EJB proxy unwrapped. The message never contains the password.
 */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AccountFailure failure;
    private final Map<String, String> fields;

    public AccountException(AccountFailure failure, String message) {
        this(failure, message, Map.of());
    }

    /** @param fields for {@link AccountFailure#INVALID_FIELDS}: each field's problem, keyed by the field */
    public AccountException(AccountFailure failure, String message, Map<String, String> fields) {
        super(message, null, false, false);
        this.failure = failure;
        this.fields = Map.copyOf(fields);
    }

    public AccountFailure failure() {
        return failure;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
