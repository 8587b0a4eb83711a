package org.headlesscart.api.error;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;

import jakarta.json.bind.Jsonb;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.health.DatabaseAvailability;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.api.http.RequestShapeFilter;

/**
 * The container's error page (web.xml, for every status) for whatever never reaches JAX-RS: a path outside
 * {@code /wp-json}, a servlet-level failure, a request the web container refuses itself. Answers in the same
 * envelope as the mappers, so no client ever sees the server's HTML.
 */
@WebServlet(name = "errors", urlPatterns = ErrorServlet.PATH)
public class ErrorServlet extends HttpServlet {

    static final String PATH = "/_error";
    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbConfiguration.jsonb();

    private static String contentTypeProblem(HttpServletRequest request) {
        return RequestShapeFilter.contentTypeProblem(Collections.list(request.getHeaders("Content-Type")));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 404;
        CoCartError error;
        if (status >= 500) {
            Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            Throwable failure = thrown instanceof Throwable t ? t : null;
            String route = request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            boolean unreachable = failure != null && (DatabaseOutage.isUnreachable(failure)
                    || DatabaseOutage.isTransactionFailure(failure) && DatabaseAvailability.confirmsUnreachable());
            if (unreachable) {
                IncidentLog.unreachable(failure, route);
                DatabaseAvailability.reportUnreachable();
                error = DatabaseOutage.body();
                response.setHeader("Retry-After", Integer.toString(DatabaseOutage.retryAfterSeconds()));
            } else {
                error = UncaughtExceptionMapper.logIncident(failure, route);
            }
        } else if (status == 400 && contentTypeProblem(request) != null) {
            // Jersey refuses two Content-Type headers before any filter of ours runs, and sends it here.
            error = CoCartError.body(400, "cocart_invalid_header", contentTypeProblem(request),
                    Map.of("header", "Content-Type"));
        } else {
            error = StatusErrors.of(status);
        }
        response.setStatus((Integer) error.data().get("status"));
        response.setContentType(CoCartV2.JSON);
        response.getWriter().write(JSON.toJson(error));
    }
}
