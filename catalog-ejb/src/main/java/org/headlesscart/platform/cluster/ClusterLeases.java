package org.headlesscart.platform.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.headlesscart.platform.persistence.HeadlessCartDataSource;

/**
 * Leases in the database for jobs that must run on one node of a cluster at a time (a timer that every node
 * schedules, a relay every node starts). A job asks {@link #acquire} at the start of each run and does its work only
 * when it holds the lease; the holder renews it by asking again, so the lease must outlive the interval between two
 * runs (e.g. twice the interval). A node that stops or dies keeps the lease until it expires, then the next node that
 * asks takes it; {@link #release} hands it over at once on a clean shutdown.
 *
 * <p>One row per job in {@code cluster_lease}, taken with a conditional {@code UPDATE} (held by this node, or
 * expired), or inserted when the job has no row yet; the expiry is the database's clock, so skewed node clocks do not
 * matter. A lease is a coordination aid, not a lock: a run that outlasts its lease may overlap the next holder's,
 * so jobs that use one must still be safe to run twice (idempotent deletes, row claims).
 *
 * <p>Each call is its own short transaction, committed before the job starts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClusterLeases {

    private static final Logger LOG = Logger.getLogger(ClusterLeases.class.getName());

    /** This server, as lease rows name their holder: host, process and a random part (a restart is another node). */
    private static final String NODE = hostName() + "/" + ProcessHandle.current().pid() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private static final String TAKE = "UPDATE cluster_lease SET holder = ?,"
            + " expires_at = CURRENT_TIMESTAMP(3) + INTERVAL ? MICROSECOND"
            + " WHERE name = ? AND (holder = ? OR expires_at <= CURRENT_TIMESTAMP(3))";

    private static final String CREATE = "INSERT IGNORE INTO cluster_lease (name, holder, expires_at)"
            + " VALUES (?, ?, CURRENT_TIMESTAMP(3) + INTERVAL ? MICROSECOND)";

    private static final String RELEASE = "UPDATE cluster_lease SET holder = '', expires_at = CURRENT_TIMESTAMP(3)"
            + " WHERE name = ? AND holder = ?";

    @Resource(lookup = HeadlessCartDataSource.JNDI_NAME)
    DataSource dataSource;

    /**
     * Takes or renews the lease on {@code job} for {@code duration}: true when this node holds it now, false when
     * another node does.
     */
    public boolean acquire(String job, Duration duration) {
        long micros = duration.toNanos() / 1000;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                take.setString(1, NODE);
                take.setLong(2, micros);
                take.setString(3, job);
                take.setString(4, NODE);
                if (take.executeUpdate() > 0) {
                    return true;
                }
            }
            try (PreparedStatement create = connection.prepareStatement(CREATE)) {
                create.setString(1, job);
                create.setString(2, NODE);
                create.setLong(3, micros);
                return create.executeUpdate() > 0;      // 0: the row exists, held by another node
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the cluster lease " + job, e);
        }
    }

    /**
     * {@link #acquire} for the start of a timer's run: false, with a warning, when the lease cannot be read (the
     * database out of reach), so that the run is skipped rather than failed: a timeout method that throws is retried
     * at once and, failing again, its timer is removed for good.
     */
    public boolean acquireForRun(String job, Duration duration) {
        try {
            return acquire(job, duration);
        } catch (RuntimeException e) {
            LOG.warning("Skipped a run of " + job + ": " + e);
            return false;
        }
    }

    /** {@link #release} at shutdown: another node may take the job over now; failing, the lease just expires. */
    public void handOver(String job) {
        try {
            release(job);
        } catch (RuntimeException e) {
            LOG.fine("Could not release the " + job + " lease: " + e);
        }
    }

    /** Gives the lease on {@code job} up if this node holds it, so that another node may take it at once. */
    public void release(String job) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement release = connection.prepareStatement(RELEASE)) {
            release.setString(1, job);
            release.setString(2, NODE);
            release.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release the cluster lease " + job, e);
        }
    }

    /** How lease rows name this server. */
    public static String node() {
        return NODE;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
