package org.headlesscart.order.boundary;

import java.util.Map;

/**
 * An order refused, for a reason the WAR maps to CoCart's or WooCommerce's code and status in one exhaustive switch
 * (api-war error/OrderExceptionMapper). {@code data} goes into the envelope's {@code data} beside the status.
 */
public class OrderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final OrderFailure failure;
    private final transient Map<String, Object> data;

    public OrderException(OrderFailure failure, String message, Map<String, Object> data) {
        super(message, null, false, false);
        this.failure = failure;
        this.data = Map.copyOf(data);
    }

    public OrderFailure failure() {
        return failure;
    }

    public Map<String, Object> data() {
        return data;
    }
}
