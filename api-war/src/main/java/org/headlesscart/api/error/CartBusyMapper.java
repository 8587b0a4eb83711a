package org.headlesscart.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A cart write that found no free write slot in time: 409 {@code cocart_cart_busy}, as a lock that timed out. */
@Provider
public class CartBusyMapper implements ExceptionMapper<CartBusyException> {

    @Override
    public Response toResponse(CartBusyException e) {
        return CoCartError.response(409, "cocart_cart_busy", CartExceptionMapper.BUSY);
    }
}
