package org.headlesscart.console;

import java.io.IOException;
import java.util.Iterator;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import org.headlesscart.console.security.ConsolePaths;

/**
 * The console's answers to Faces' two CSRF refusals. A GET of a protected view without the session's token (a
 * bookmark, a typed URL, or a link from another site) lands on the dashboard, which does nothing on GET. A POST
 * whose view state this session does not hold (forged, or its view long evicted) is refused with 403 and the 403
 * page saying so; nothing of the form is applied. Every other exception goes on to Faces' own handling.
 */
public class ConsoleExceptionHandlerFactory extends ExceptionHandlerFactory {

    /** Request attribute the 403 page reads: why the request was refused. */
    public static final String REASON = ConsoleExceptionHandlerFactory.class.getName() + ".reason";

    public ConsoleExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext();) {
                Throwable cause = events.next().getContext().getException();
                while (cause instanceof FacesException && cause.getCause() != null
                        && !(cause instanceof ViewExpiredException) && !(cause instanceof ProtectedViewException)) {
                    cause = cause.getCause();
                }
                if (cause instanceof ProtectedViewException) {
                    events.remove();
                    redirect(context, ConsolePaths.DASHBOARD);
                } else if (cause instanceof ViewExpiredException) {
                    events.remove();
                    refuse(context);
                }
            }
            getWrapped().handle();
        }

        private static void redirect(FacesContext context, String path) {
            ExternalContext external = context.getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + path);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }

        private static void refuse(FacesContext context) {
            context.getExternalContext().setResponseStatus(403);
            context.getExternalContext().getRequestMap().put(REASON, "expired");
            // The hosted checkout's shoppers get their own page, not the console's (docs/hosted-checkout.md).
            String page = context.getExternalContext().getRequestServletPath().startsWith("/checkout/")
                    ? "/checkout/expired.xhtml" : ConsolePaths.FORBIDDEN;
            context.setViewRoot(context.getApplication().getViewHandler().createView(context, page));
            context.renderResponse();
        }
    }
}
