package org.headlesscart.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.payment.boundary.PaymentException;

/** Payment-method refusals (COCART-PLUS §1.5), all 400; exhaustive, so a new reason does not compile unmapped. */
@Provider
public class PaymentExceptionMapper implements ExceptionMapper<PaymentException> {

    @Override
    public Response toResponse(PaymentException e) {
        String code = switch (e.failure()) {
            case INVALID_PAYMENT_METHOD -> "cocart_invalid_payment_method";
            case PAYMENT_METHOD_DISABLED -> "cocart_payment_method_disabled";
            case PAYMENT_METHOD_NOT_AVAILABLE -> "cocart_payment_method_not_available";
        };
        return CoCartError.response(400, code, e.getMessage());
    }
}
