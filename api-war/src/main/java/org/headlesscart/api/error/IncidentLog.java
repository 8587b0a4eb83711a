package org.headlesscart.api.error;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The server log's side of a failure (docs/decisions.md): one line per incident with its id, the route, the
 * failure and its root cause, and the stack trace only once per distinct cause and minute ({@link
 * StackTraceLimiter}); the other lines name the incident whose trace they share. A request that found the database
 * unreachable gets one WARNING line and no trace (the hosted checkout's HTML error page logs through here too); while the database is known to be away, requests do not reach it
 * and log nothing (api-war DatabaseGate), so an outage writes a few lines instead of megabytes.
 */
public final class IncidentLog {

    private static final Logger LOG = System.getLogger(IncidentLog.class.getName());
    private static final int MAX_MESSAGE = 300;
    private static final StackTraceLimiter TRACES = new StackTraceLimiter(Duration.ofMinutes(1), 256, System::nanoTime);

    private IncidentLog() {
    }

    /** Logs a server fault under a new incident id and returns the id. */
    public static String incident(Throwable failure, String route) {
        String incident = UUID.randomUUID().toString();
        String line = "Incident " + incident + ": " + route + " failed with " + describe(failure);
        if (failure == null) {
            LOG.log(Level.ERROR, line);
        } else {
            logWithTrace(line, failure, "incident " + incident);
        }
        return incident;
    }

    /**
     * Logs a request that found the database unreachable: answered 503, not an incident, so one line with the root
     * cause and no trace (a lost connection's trace says nothing the cause does not; Payara logs its own).
     */
    static void unreachable(Throwable failure, String route) {
        LOG.log(Level.WARNING, "Database unreachable: " + route + " failed with " + describe(failure));
    }

    private static void logWithTrace(String line, Throwable failure, String label) {
        StackTraceLimiter.Decision decision = TRACES.decide(failure, label);
        if (decision.logTrace()) {
            String since = decision.suppressedBefore() == 0 ? ""
                    : "; " + decision.suppressedBefore() + " more of this cause were logged without it";
            LOG.log(Level.ERROR, line + " (stack trace follows, once a minute per cause" + since + ")", failure);
        } else {
            LOG.log(Level.ERROR, line + " (same cause as " + decision.sameAs() + ", whose stack trace is in the log)");
        }
    }

    /** "METHOD /path" of a request, without its query (which may carry a cart key, a bearer secret). */
    public static String route(HttpServletRequest request) {
        if (request == null) {
            return "-";
        }
        try {
            return request.getMethod() + " " + request.getRequestURI();
        } catch (IllegalStateException | UnsupportedOperationException outsideARequest) {
            return "-";
        }
    }

    /** The failure's class and message, and its root cause's if that is another, on one line. */
    static String describe(Throwable failure) {
        if (failure == null) {
            return "no exception";
        }
        Throwable root = StackTraceLimiter.rootCause(failure);
        String outer = failure.getClass().getName() + ": " + oneLine(failure.getMessage());
        return root == failure ? outer : outer + "; root cause " + root.getClass().getName() + ": "
                + oneLine(root.getMessage());
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String flat = message.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "...";
    }
}
