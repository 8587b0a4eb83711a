package org.headlesscart.console;

import java.io.IOException;
import java.util.Iterator;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;

import org.headlesscart.api.error.IncidentLog;
import org.headlesscart.console.security.ConsolePaths;

/**
 * The console's answers to Faces' two CSRF refusals. A GET of a protected view without the session's token (a
 * bookmark, a typed URL, or a link from another site) lands on the dashboard, which does nothing on GET. A POST
 * whose view state this session does not hold (forged, or its view long evicted) is refused with 403 and the 403
 * page saying so; nothing of the form is applied. Any other failure of a hosted checkout page (a shopper's page,
 * not the API) or of a console page is logged as an incident and answered with that side's HTML error page, status
 * 500, instead of the container's error page, which answers in the API's JSON envelope. A console Ajax request that
 * fails is sent to the console's error page too (PrimeFaces shows nothing for Faces' partial-response error); the
 * hosted checkout's Ajax failures stay with Faces. Every other exception goes on to Faces' own handling.
 */
public class ConsoleExceptionHandlerFactory extends ExceptionHandlerFactory {

    /** Request attribute the 403 page reads: why the request was refused. */
    public static final String REASON = ConsoleExceptionHandlerFactory.class.getName() + ".reason";

    /** Request attribute the error pages read: the incident id the log has the failure under. */
    public static final String INCIDENT = ConsoleExceptionHandlerFactory.class.getName() + ".incident";

    static final String CHECKOUT_ERROR = "/checkout/error.xhtml";

    /** The error page's query parameter for a console Ajax request sent there (the id is all it carries). */
    public static final String INCIDENT_PARAMETER = "incident";

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
                } else if (isHostedCheckout(context) && failed(context, cause, CHECKOUT_ERROR)) {
                    events.remove();
                } else if (isConsole(context) && failed(context, cause, ConsolePaths.ERROR)) {
                    events.remove();
                }
            }
            getWrapped().handle();
        }

        private static boolean isHostedCheckout(FacesContext context) {
            return context.getExternalContext().getRequestServletPath().startsWith("/checkout/");
        }

        private static boolean isConsole(FacesContext context) {
            return ConsolePaths.isConsole(context.getExternalContext().getRequestServletPath());
        }

        /**
         * The error page {@code errorView} for an unexpected failure: logged with an incident id the page shows,
         * whatever was rendered so far dropped, status 500. A response already sent is left to Faces, and so is a
         * hosted checkout's Ajax request (its answer is Faces' partial response, never the API's JSON); a console
         * Ajax request is redirected to the error page with the incident id. Whether it was handled.
         */
        private static boolean failed(FacesContext context, Throwable cause, String errorView) {
            ExternalContext external = context.getExternalContext();
            boolean ajax = context.getPartialViewContext().isAjaxRequest();
            boolean console = errorView.equals(ConsolePaths.ERROR);
            if (ajax && !console || external.isResponseCommitted()) {
                return false;
            }
            String incident = IncidentLog.incident(cause, IncidentLog.route((HttpServletRequest) external.getRequest()));
            if (ajax) {
                // Faces answers a redirect during an Ajax request as a partial-response redirect the page follows.
                redirect(context, errorView + "?" + INCIDENT_PARAMETER + "=" + incident);
                return true;
            }
            external.responseReset();
            external.setResponseStatus(500);
            external.setResponseContentType("text/html;charset=UTF-8");
            // The reset dropped what HostedCheckoutFilter and the console's sign-in set for every answer.
            external.setResponseHeader("Cache-Control", "no-store");
            external.setResponseHeader("Referrer-Policy", "same-origin");
            external.getRequestMap().put(INCIDENT, incident);
            ViewHandler views = context.getApplication().getViewHandler();
            UIViewRoot page = views.createView(context, errorView);
            context.setViewRoot(page);
            if (context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                context.renderResponse();       // the lifecycle renders it next, as the 403 page above
                return true;
            }
            // Failed while rendering: that phase is over, so the page is rendered here, in place of the dropped one.
            try {
                views.renderView(context, page);
            } catch (IOException | RuntimeException e) {
                return false;
            }
            context.responseComplete();
            return true;
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
