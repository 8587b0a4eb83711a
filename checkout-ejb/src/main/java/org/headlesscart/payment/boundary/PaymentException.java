package org.headlesscart.payment.boundary;

/** A payment request refused (COCART-PLUS §1.3, §1.5); the WAR maps each {@link PaymentFailure} to its code. */
public class PaymentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PaymentFailure failure;
    private final String reason;

    public PaymentException(PaymentFailure failure, String message) {
        this(failure, message, "");
    }

    /** @param reason the gateway's own words for a declined payment ({@code data.reason}), {@code ""} when none */
    public PaymentException(PaymentFailure failure, String message, String reason) {
        super(message, null, false, false);
        this.failure = failure;
        this.reason = reason == null ? "" : reason;
    }

    public PaymentFailure failure() {
        return failure;
    }

    public String reason() {
        return reason;
    }
}
