package org.headlesscart.ratelimit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

import org.headlesscart.ratelimit.model.FixedWindow;

/**
 * The {@code rate_limit} rows, through the datasource itself rather than JPA: counting must be one statement that
 * both writes the count and hands it back, and only JDBC reads what MySQL and MariaDB return with every write, the
 * value of {@code LAST_INSERT_ID(expr)} (their documented idiom for counters, also what {@code getGeneratedKeys}
 * reports). MySQL 8 has no {@code RETURNING}, and a second {@code SELECT} would double the round trips.
 */
@ApplicationScoped
public class RateLimitStore {

    /**
     * Opens the window or counts in it. A node whose clock lags behind another's names an older window than the row
     * holds: it counts into the newer one ({@code >=}, {@code GREATEST}) rather than resetting it. The assignments
     * read only the row's old values, so their order does not matter.
     */
    static final String HIT = "INSERT INTO rate_limit (bucket, window_start, window_end, hits) "
            + "VALUES (?, ?, ?, LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE "
            + "hits = LAST_INSERT_ID(IF(window_start >= ?, LEAST(hits, 2000000000) + 1, 1)), "
            + "window_end = GREATEST(window_end, ?), window_start = GREATEST(window_start, ?)";

    static final int ATTEMPTS = 3;

    static final String PURGE = "DELETE FROM rate_limit WHERE window_end <= ? LIMIT ?";

    @Resource(lookup = "java:app/jdbc/headlesscart")
    DataSource database;

    /**
     * Counts one request of {@code bucket} in {@code window}; the count so far, this request included. Many requests
     * of one client opening its row at once can meet in a deadlock on InnoDB's key locks; the one rolled back counted
     * nothing, so it counts again (at most {@value #ATTEMPTS} times).
     */
    public long hit(String bucket, FixedWindow window) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                return hitOnce(bucket, window);
            } catch (SQLTransactionRollbackException deadlock) {
                if (attempt == ATTEMPTS) {
                    throw deadlock;
                }
            }
        }
    }

    private long hitOnce(String bucket, FixedWindow window) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement hit = connection.prepareStatement(HIT, Statement.RETURN_GENERATED_KEYS)) {
            hit.setString(1, bucket);
            hit.setLong(2, window.start());
            hit.setLong(3, window.end());
            hit.setLong(4, window.start());
            hit.setLong(5, window.end());
            hit.setLong(6, window.start());
            if (hit.executeUpdate() == 1) {
                return 1;       // inserted: 1 row; an update of the row reports 2
            }
            try (ResultSet count = hit.getGeneratedKeys()) {
                return count.next() ? count.getLong(1) : 1;
            }
        }
    }

    /** Deletes up to {@code limit} rows whose window ended at or before {@code epochSecond}; how many. */
    public int purge(long epochSecond, int limit) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement purge = connection.prepareStatement(PURGE)) {
            purge.setLong(1, epochSecond);
            purge.setInt(2, limit);
            return purge.executeUpdate();
        }
    }
}
