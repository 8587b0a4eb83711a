package org.headlesscart.payment.boundary;

/** Why a payment method was refused, worded as CoCart Plus words it (COCART-PLUS §1.5). */
public enum PaymentFailure {

    /** {@code cocart_invalid_payment_method}: no gateway has the id. */
    INVALID_PAYMENT_METHOD("Invalid payment method."),

    /** {@code cocart_payment_method_disabled}: the gateway exists but is switched off. */
    PAYMENT_METHOD_DISABLED("This payment method is currently disabled."),

    /** {@code cocart_payment_method_not_available}: not available for this order (country, amount, shipping). */
    PAYMENT_METHOD_NOT_AVAILABLE("This payment method is not available for your order.");

    private final String message;

    PaymentFailure(String message) {
        this.message = message;
    }

    public PaymentException exception() {
        return new PaymentException(this, message);
    }
}
