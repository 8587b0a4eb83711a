package org.headlesscart.api.health;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the database can be reached, known within about a second and without ever waiting longer than
 * {@code headlesscart.api.database-probe-timeout} (docs/decisions.md, Database outages). A ping (one round trip on a
 * connection of the probe datasource {@code java:app/jdbc/headlesscart-probe}: no pool, 1 s connect and read timeouts,
 * declared beside the main one in catalog-ejb's {@code HeadlessCartDataSource}) runs at most once per
 * {@code headlesscart.api.database-probe-interval} while requests or readiness checks ask; one that fails, or has not
 * answered within the probe timeout, means unreachable, and one that answers, however late, reachable. The main
 * pool is not used: a pool emptied by slow requests would look like a dead database, and a paused database would
 * hold the pool's connection as long as its socket timeout.
 */
@ApplicationScoped
public class DatabaseAvailability {

    /** The probe datasource; declared in catalog-ejb ({@code HeadlessCartDataSource.PROBE_JNDI_NAME}). */
    static final String PROBE_DATASOURCE = "java:app/jdbc/headlesscart-probe";
    private static final Logger LOG = System.getLogger(DatabaseAvailability.class.getName());

    @Resource(lookup = PROBE_DATASOURCE)
    DataSource probeSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "headlesscart.api.database-probe-interval", defaultValue = "PT1S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "headlesscart.api.database-probe-timeout", defaultValue = "PT1.5S")
    Duration timeout;

    private final AtomicLong refused = new AtomicLong();
    private ReachabilityProbe probe;
    private volatile Connection kept;

    @PostConstruct
    void init() {
        probe = new ReachabilityProbe(this::ping, executor, System::nanoTime, interval, timeout, this::changed);
    }

    /**
     * Whether a request that needs the database may go ahead: at once while it is reachable; while it is not,
     * after waiting (at most the probe timeout) for a fresh check, so the first request after a recovery succeeds.
     */
    public boolean admits() {
        if (probe.reachable() || probe.await()) {
            return true;
        }
        refused.incrementAndGet();
        return false;
    }

    /**
     * A request failed because the database could not be reached: check now, so that the requests after it are
     * turned away at once. Does nothing outside a container (unit tests of the mappers).
     */
    public static void reportUnreachable() {
        try {
            CDI.current().select(DatabaseAvailability.class).get().suspect();
        } catch (IllegalStateException noContainer) {
            // nothing to tell
        }
    }

    /**
     * For a failure that may or may not mean the database is gone (a failed commit): checks now and says whether
     * the check found it unreachable, waiting at most the probe timeout. False outside a container.
     */
    public static boolean confirmsUnreachable() {
        try {
            DatabaseAvailability availability = CDI.current().select(DatabaseAvailability.class).get();
            availability.suspect();
            return !availability.isReachable();
        } catch (IllegalStateException noContainer) {
            return false;
        }
    }

    /** Checks now, unless a check is running. */
    public void suspect() {
        probe.suspect();
    }

    /** The verdict of a check at most one interval old, waiting at most the probe timeout for it. */
    public boolean isReachable() {
        return probe.await();
    }

    /**
     * One round trip on a connection kept from check to check (so that a busy machine does not fail the check on
     * the cost of a login handshake); if it no longer answers (the server restarted, or closed it as idle), once more
     * on a new one, whose failure says why. Checks run one at a time, so the kept connection needs no lock.
     */
    private boolean ping() throws SQLException {
        Connection connection = kept;
        if (connection != null) {
            if (connection.isValid(1)) {
                return true;
            }
            kept = null;
            closeQuietly(connection);
        }
        connection = probeSource.getConnection();
        if (!connection.isValid(1)) {
            closeQuietly(connection);
            return false;
        }
        kept = connection;
        return true;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException alreadyBroken) {
            // nothing to release that the driver has not released
        }
    }

    @PreDestroy
    void close() {
        Connection connection = kept;
        if (connection != null) {
            closeQuietly(connection);
        }
    }

    private void changed(boolean reachable, Throwable failure, Duration unreachableFor) {
        if (reachable) {
            LOG.log(Level.INFO, "Database reachable again after {0} s; {1} requests were turned away meanwhile",
                    String.valueOf(unreachableFor.toSeconds()), String.valueOf(refused.getAndSet(0)));
        } else {
            LOG.log(Level.WARNING, "Database unreachable ({0}); requests that need it answer 503 "
                    + "cocart_database_unavailable until a probe gets an answer", failure == null
                            ? "a ping got no answer in time"
                            : failure.getClass().getName() + ": " + String.valueOf(failure.getMessage())
                                    .replaceAll("\\s+", " "));
        }
    }
}
