package org.headlesscart.payment.boundary;

/** A payment method refused (COCART-PLUS §1.5); the WAR maps each reason to its code, all 400. */
public class PaymentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PaymentFailure failure;

    public PaymentException(PaymentFailure failure, String message) {
        super(message, null, false, false);
        this.failure = failure;
    }

    public PaymentFailure failure() {
        return failure;
    }
}
