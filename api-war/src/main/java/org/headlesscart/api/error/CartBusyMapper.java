package org.headlesscart.api.error;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.api.cocart.v2.CoCartV2;

/**
 * A cart write that found no free write slot in time: 409 {@code cocart_cart_busy}, as a lock that timed out. Every
 * busy answer is built here ({@link #busy}), whichever failure led to it.
 */
@Provider
public class CartBusyMapper implements ExceptionMapper<CartBusyException> {

    /**
     * Seconds a client should wait before it sends a busy write again. A cart is busy only while other writes to
     * it queue (each holds its lock for milliseconds) or the write slots are taken; a second lets them drain
     * without making a shopper wait noticeably.
     */
    static final int RETRY_AFTER_SECONDS = 1;

    @Override
    public Response toResponse(CartBusyException e) {
        return busy(CartExceptionMapper.BUSY);
    }

    /** 409 {@code cocart_cart_busy} with {@code Retry-After} (docs/api.md, Concurrency). */
    public static Response busy(String message) {
        return Response.status(409).type(CoCartV2.JSON).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(CoCartError.body(409, "cocart_cart_busy", message, Map.of())).build();
    }
}
