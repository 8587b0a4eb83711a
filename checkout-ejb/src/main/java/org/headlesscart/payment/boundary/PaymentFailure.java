package org.headlesscart.payment.boundary;

/**
 * Why a payment request was refused, worded as CoCart Plus words it: the payment-method reasons shared by
 * {@code POST /checkout} and {@code /pay} (COCART-PLUS §1.5), and the reasons of the order-received routes (§1.3).
 * The WAR maps each to its code and status in one exhaustive switch (api-war error/PaymentExceptionMapper).
 */
public enum PaymentFailure {

    /** {@code cocart_invalid_payment_method}: no gateway has the id. */
    INVALID_PAYMENT_METHOD("Invalid payment method."),

    /** {@code cocart_payment_method_disabled}: the gateway exists but is switched off. */
    PAYMENT_METHOD_DISABLED("This payment method is currently disabled."),

    /** {@code cocart_payment_method_not_available}: not available for this order (country, amount, shipping). */
    PAYMENT_METHOD_NOT_AVAILABLE("This payment method is not available for your order."),

    /** 400 {@code cocart_order_invalid_params}: no order key given (or the id is not one). */
    ORDER_INVALID_PARAMS("Order ID and order key are required."),

    /** 404 {@code cocart_order_not_found}: no order has the id. */
    ORDER_NOT_FOUND("Order not found."),

    /** 403 {@code cocart_order_invalid_key}: the key is not the order's. */
    ORDER_INVALID_KEY("Invalid order key."),

    /** 403 {@code cocart_order_not_owned}: a logged-in customer asked for someone else's order. */
    ORDER_NOT_OWNED("You do not have permission to access this order."),

    /** 400 {@code cocart_order_invalid_status}: only pending and failed orders are paid later. */
    ORDER_INVALID_STATUS("This order cannot be paid for."),

    /** 400 {@code cocart_order_no_payment_needed}: the order has nothing to pay. */
    ORDER_NO_PAYMENT_NEEDED("This order does not need payment."),

    /**
     * 400 {@code cocart_payment_failed}: the gateway declined a later payment ({@code /pay}). Thrown by the WAR after
     * the order was moved to failed and committed, never inside the boundary (it would roll that back).
     */
    PAYMENT_FAILED("Payment could not be processed. Please try again.");

    private final String message;

    PaymentFailure(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    public PaymentException exception() {
        return new PaymentException(this, message);
    }
}
