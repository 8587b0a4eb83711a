package org.headlesscart.api.error;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import org.headlesscart.api.cocart.v2.cart.CartWriteRetry;

/**
 * What the EJB container itself throws reaches JAX-RS as an {@link EJBException}: a commit that failed, a refused
 * call. (Exceptions thrown by bean code arrive unwrapped: the modules' ejb-jar.xml declares them application
 * exceptions.) Unwrap it and let the mapper of the cause answer, so that e.g. a validation failure still gets its
 * code; a cause without a mapper of its own is an incident. A race on a cart row that outlasted the retries of
 * {@link CartWriteRetry} (a duplicate cart key at commit, a lock timeout) is 409 {@code cocart_cart_busy}; a
 * database that could not be reached is 503 {@code cocart_database_unavailable} ({@link DatabaseOutage}).
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    Providers providers;

    @Context
    HttpServletRequest request;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(EJBException e) {
        if (CartWriteRetry.isConflict(e) || DatabaseOutage.isUnreachable(e)
                || DatabaseOutage.isTransactionFailure(e)) {
            return UncaughtExceptionMapper.serverFault(e, request);
        }
        Throwable cause = e;
        while (cause instanceof EJBException ejb && causeOf(ejb) != null) {
            cause = causeOf(ejb);
        }
        if (cause instanceof EJBException) {
            return UncaughtExceptionMapper.serverFault(e, request);
        }
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        return mapper == null ? UncaughtExceptionMapper.serverFault(cause, request) : mapper.toResponse(cause);
    }

    private static Throwable causeOf(EJBException e) {
        return e.getCause() != null ? e.getCause() : e.getCausedByException();
    }
}
