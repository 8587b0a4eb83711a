package org.headlesscart.order.boundary;

import java.util.Map;

/**
 * Why an order request was refused. Each helper adds its reasons here; the WAR maps every one (exhaustive switch).
 */
public enum OrderFailure {

    /** No order with the id (or not visible to the requester). */
    ORDER_NOT_FOUND("Order not found."),

    /** A status change the order's current status does not allow. */
    INVALID_STATUS_CHANGE("The order cannot move from %s to %s."),

    /**
     * A coupon's usage limit, or the customer's limit for it, is used up (counted under the coupon's row lock when
     * the order is placed): 400 {@code cocart_coupon_usage_limit}; data {@code coupon} = the code.
     */
    COUPON_USAGE_LIMIT("You have reached the usage limit for coupon \"%s\".");

    private final String message;

    OrderFailure(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /** The exception to throw, the message formatted with {@code args}. */
    public OrderException exception(Object... args) {
        return new OrderException(this, message.formatted(args), Map.of());
    }
}
