package org.headlesscart.api.error;

import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.payment.boundary.PaymentException;

/**
 * The payment component's refusals on the wire, CoCart Plus's codes (COCART-PLUS §1.3, §1.5); exhaustive, so a new
 * reason does not compile unmapped. A declined {@code /pay} carries the gateway's words in {@code data.reason}.
 */
@Provider
public class PaymentExceptionMapper implements ExceptionMapper<PaymentException> {

    @Override
    public Response toResponse(PaymentException e) {
        return switch (e.failure()) {
            case INVALID_PAYMENT_METHOD -> CoCartError.response(400, "cocart_invalid_payment_method", e.getMessage());
            case PAYMENT_METHOD_DISABLED -> CoCartError.response(400, "cocart_payment_method_disabled", e.getMessage());
            case PAYMENT_METHOD_NOT_AVAILABLE ->
                    CoCartError.response(400, "cocart_payment_method_not_available", e.getMessage());
            case ORDER_INVALID_PARAMS -> CoCartError.response(400, "cocart_order_invalid_params", e.getMessage());
            case ORDER_NOT_FOUND -> CoCartError.response(404, "cocart_order_not_found", e.getMessage());
            case ORDER_INVALID_KEY -> CoCartError.response(403, "cocart_order_invalid_key", e.getMessage());
            case ORDER_NOT_OWNED -> CoCartError.response(403, "cocart_order_not_owned", e.getMessage());
            case ORDER_INVALID_STATUS -> CoCartError.response(400, "cocart_order_invalid_status", e.getMessage());
            case ORDER_NO_PAYMENT_NEEDED -> CoCartError.response(400, "cocart_order_no_payment_needed", e.getMessage());
            case PAYMENT_FAILED -> CoCartError.response(400, "cocart_payment_failed", e.getMessage(),
                    Map.of("reason", e.reason()));
        };
    }
}
