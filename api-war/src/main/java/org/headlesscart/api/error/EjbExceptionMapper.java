package org.headlesscart.api.error;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import org.headlesscart.api.cocart.v2.cart.CartWriteRetry;

/**
 * A system exception thrown inside an EJB reaches JAX-RS wrapped in {@link EJBException}. Unwrap it and let the
 * mapper of the cause answer, so that e.g. a validation failure inside a boundary call still gets its code;
 * a cause without a mapper of its own is an incident. A race on a cart row that outlasted the retries of
 * {@link CartWriteRetry} (a duplicate cart key, a lock timeout) is 409 {@code cocart_cart_busy}.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(EJBException e) {
        if (CartWriteRetry.isConflict(e)) {
            return CoCartError.response(409, "cocart_cart_busy", CartExceptionMapper.BUSY);
        }
        Throwable cause = e;
        while (cause instanceof EJBException ejb && causeOf(ejb) != null) {
            cause = causeOf(ejb);
        }
        if (cause instanceof EJBException) {
            return UncaughtExceptionMapper.incident(e);
        }
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        return mapper == null ? UncaughtExceptionMapper.incident(cause) : mapper.toResponse(cause);
    }

    private static Throwable causeOf(EJBException e) {
        return e.getCause() != null ? e.getCause() : e.getCausedByException();
    }
}
