package org.headlesscart.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.order.boundary.OrderException;

/**
 * The order component's reasons on the wire (COCART-PLUS §1.3-1.4; WooCommerce's for the admin API). Exhaustive: a
 * reason added to OrderFailure does not compile until it is mapped here. The message is the component's, formatted
 * with what it names (an order number, statuses), never with anything secret; {@code data} joins the status.
 */
@Provider
public class OrderExceptionMapper implements ExceptionMapper<OrderException> {

    @Override
    public Response toResponse(OrderException e) {
        int status = switch (e.failure()) {
            case ORDER_NOT_FOUND -> 404;
            case INVALID_STATUS_CHANGE -> 400;
            case COUPON_USAGE_LIMIT -> 400;
            case ACCOUNT_NO_ORDERS -> 404;
            case ACCOUNT_ORDER_NOT_FOUND -> 404;
            case ACCOUNT_ORDER_NOT_CANCELLABLE -> 400;
        };
        String code = switch (e.failure()) {
            case ORDER_NOT_FOUND -> "cocart_order_not_found";
            case INVALID_STATUS_CHANGE -> "cocart_order_invalid_status";
            case COUPON_USAGE_LIMIT -> "cocart_coupon_usage_limit";
            case ACCOUNT_NO_ORDERS -> "cocart_account_no_orders";
            case ACCOUNT_ORDER_NOT_FOUND -> "cocart_order_does_not_exist";
            case ACCOUNT_ORDER_NOT_CANCELLABLE -> "cocart_order_cannot_be_cancelled";
        };
        return CoCartError.response(status, code, e.getMessage(), e.data());
    }
}
