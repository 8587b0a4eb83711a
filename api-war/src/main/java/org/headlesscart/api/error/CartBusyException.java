package org.headlesscart.api.error;

/**
 * Thrown when no cart write slot came free in time ({@code CartWriteRetry}): answered like a lock that could not be
 * had, 409 {@code cocart_cart_busy} ({@link CartBusyMapper}).
 */
public final class CartBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CartBusyException() {
        super("no cart write slot came free in time", null, false, false);
    }
}
