package org.headlesscart.customer.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Thrown when the customer component refuses a request, e.g. credentials that do not authenticate. An application
 * exception, so it crosses the EJB proxy unwrapped. The message never contains the password.
 */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AccountFailure failure;

    public AccountException(AccountFailure failure, String message) {
        super(message, null, false, false);
        this.failure = failure;
    }

    public AccountFailure failure() {
        return failure;
    }
}
