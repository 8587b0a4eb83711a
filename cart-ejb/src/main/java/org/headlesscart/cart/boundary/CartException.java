package org.headlesscart.cart.boundary;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * A cart request refused by a rule. As an application exception it crosses the EJB proxy unwrapped and rolls the
 * transaction back, so nothing of a refused write is stored.
 */
@ApplicationException(rollback = true)
public class CartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final CartFailure failure;
    private final transient Map<String, String> params;

    CartException(CartFailure failure, String message, Map<String, String> params) {
        super(message, null, false, false);
        this.failure = failure;
        this.params = params == null ? Map.of() : Map.copyOf(params);
    }

    public CartFailure failure() {
        return failure;
    }

    /** For {@code rest_invalid_param}: each bad parameter and what is wrong with it ({@code data.params}). */
    public Map<String, String> params() {
        return params;
    }
}
