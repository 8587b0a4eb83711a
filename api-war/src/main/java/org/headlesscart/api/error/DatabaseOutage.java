package org.headlesscart.api.error;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.Set;

import javax.transaction.xa.XAException;

import jakarta.ejb.EJBException;
import jakarta.resource.ResourceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.ConfigProvider;
import org.headlesscart.api.cocart.v2.CoCartV2;

/**
 * What a request that needs the database answers while the database cannot be reached: 503
 * {@code cocart_database_unavailable} with {@code Retry-After} ({@code headlesscart.api.database-retry-after}
 * seconds), instead of an incident. Also decides which failures mean "unreachable" (docs/decisions.md): a
 * connection that could not be made or was lost, a read that timed out, a pool that had no connection to give.
 */
public final class DatabaseOutage {

    public static final String CODE = "cocart_database_unavailable";
    static final String MESSAGE = "The store's database is unavailable. Try again shortly.";

    // By name: the WAR compiles against neither Hibernate nor a driver nor Payara's pool (ArchitectureTest).
    private static final Set<String> UNREACHABLE = Set.of(
            "org.hibernate.exception.JDBCConnectionException",           // Hibernate: SQLState class 08
            "com.mysql.cj.jdbc.exceptions.CommunicationsException",      // Connector/J: link failure, read timeout
            "com.mysql.cj.exceptions.CJCommunicationsException",
            "com.sun.appserv.connectors.internal.api.PoolingException"); // Payara's pool: none to give in time

    private static final int MAX_DEPTH = 32;
    private static volatile int retryAfter;

    private DatabaseOutage() {
    }

    /** The 503 refusal, in the envelope. */
    public static Response refusal() {
        return Response.status(503).type(CoCartV2.JSON).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds())
                .entity(body()).build();
    }

    /** The refusal's body alone, for writers outside JAX-RS. */
    public static CoCartError body() {
        return CoCartError.body(503, CODE, MESSAGE, Map.of());
    }

    /** Seconds a client should wait before trying again; the configured value, 2 by default. */
    public static int retryAfterSeconds() {
        int seconds = retryAfter;
        if (seconds == 0) {
            try {
                seconds = ConfigProvider.getConfig()
                        .getOptionalValue("headlesscart.api.database-retry-after", Integer.class).orElse(2);
            } catch (IllegalStateException | ServiceConfigurationError e) {
                seconds = 2;   // no MicroProfile Config outside a server (unit tests)
            }
            retryAfter = Math.max(1, seconds);
        }
        return retryAfter;
    }

    /**
     * Whether a failure, or anything in its cause chain, means the database could not be reached: the JDBC
     * connection exceptions and SQLState class 08 (connection exception), a connect refusal or socket read timeout,
     * Hibernate's and Connector/J's link failures, and a pool that could not allocate a connection.
     */
    public static boolean isUnreachable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = causeOf(t), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t instanceof SocketTimeoutException || t instanceof ResourceException
                    || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (UNREACHABLE.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a failure is the transaction manager's (a commit that failed or rolled back instead, an XA error):
     * what a database lost in the middle of a transaction looks like, but also what other faults can cause, so the
     * caller asks the probe before calling it an outage ({@code DatabaseAvailability.confirmsUnreachable}).
     */
    public static boolean isTransactionFailure(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = causeOf(t), depth++) {
            if (t instanceof SystemException || t instanceof XAException || t instanceof RollbackException
                    || t instanceof HeuristicMixedException || t instanceof HeuristicRollbackException) {
                return true;
            }
        }
        return false;
    }

    /** SQLState class 08: connection exception. */
    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith("08");
    }

    private static Throwable causeOf(Throwable t) {
        if (t.getCause() == null && t instanceof EJBException ejb) {
            return ejb.getCausedByException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
