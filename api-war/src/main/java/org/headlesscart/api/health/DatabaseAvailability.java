package org.headlesscart.api.health;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the database can be reached, known within a second and without ever waiting longer than that
 * (README, Database outages). A ping on the probe datasource ({@code java:app/jdbc/headlesscart-probe}: no pool,
 * 1 s connect and read timeouts, declared beside the main one in catalog-ejb's {@code HeadlessCartDataSource})
 * runs at most once per {@code headlesscart.api.database-probe-interval} while requests or readiness checks ask;
 * one that has not answered within {@code headlesscart.api.database-probe-timeout} means unreachable. The main
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
    @ConfigProperty(name = "headlesscart.api.database-probe-timeout", defaultValue = "PT1S")
    Duration timeout;

    private final AtomicLong refused = new AtomicLong();
    private ReachabilityProbe probe;

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

    private boolean ping() throws SQLException {
        try (Connection connection = probeSource.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        }
    }

    private void changed(boolean reachable, Throwable failure, Duration unreachableFor) {
        if (reachable) {
            LOG.log(Level.INFO, "Database reachable again after {0} s; {1} requests were turned away meanwhile",
                    String.valueOf(unreachableFor.toSeconds()), String.valueOf(refused.getAndSet(0)));
        } else {
            LOG.log(Level.WARNING, "Database unreachable ({0}); requests that need it answer 503 "
                    + "cocart_database_unavailable until a probe gets an answer", failure == null
                            ? "no answer within " + timeout.toMillis() + " ms"
                            : failure.getClass().getName() + ": " + String.valueOf(failure.getMessage())
                                    .replaceAll("\\s+", " "));
        }
    }
}
