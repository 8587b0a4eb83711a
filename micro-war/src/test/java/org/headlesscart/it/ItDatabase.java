package org.headlesscart.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The database the server under test uses, reached directly over JDBC ({@code HEADLESSCART_DB_URL} and
 * {@code HEADLESSCART_DB_USER}, which failsafe gives the test JVM as it gives the server): what no route can do,
 * done as another writer or time would do it. Works on Payara Micro and Server alike, unlike the WAR-only probes.
 */
final class ItDatabase {

    private ItDatabase() {
    }

    /** A connection of its own, auto-commit off; the caller commits or rolls back and closes it. */
    static Connection connect() {
        String url = System.getenv("HEADLESSCART_DB_URL");
        if (url == null) {
            throw new AssertionError("HEADLESSCART_DB_URL is not set: run the test through failsafe");
        }
        try {
            Connection connection = DriverManager.getConnection(url,
                    System.getenv().getOrDefault("HEADLESSCART_DB_USER", "root"),
                    System.getenv().getOrDefault("HEADLESSCART_DB_PASSWORD", ""));
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new AssertionError("cannot connect to " + url, e);
        }
    }

    /** One statement in a transaction of its own; the rows it changed. */
    static int update(String sql, Object... parameters) {
        try (Connection connection = connect()) {
            int rows = update(connection, sql, parameters);
            connection.commit();
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** The first column of a query's rows, as longs (ids, counts), read in a transaction of its own. */
    static java.util.List<Long> longs(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            java.util.List<Long> values = new java.util.ArrayList<>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getLong(1));
                }
            }
            connection.rollback();
            return values;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    /** A locking read ({@code SELECT ... FOR UPDATE}) in the connection's open transaction; the rows it locked. */
    static int lock(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            int rows = 0;
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    /**
     * What the database's transactions hold and wait for now (InnoDB's TRANSACTIONS report and the statements that
     * are running), for a test's failure message when a lock is not let go as it expects.
     */
    static String lockReport() {
        StringBuilder report = new StringBuilder();
        try (Connection connection = connect(); var statement = connection.createStatement()) {
            try (var status = statement.executeQuery("SHOW ENGINE INNODB STATUS")) {
                if (status.next()) {
                    String text = status.getString("Status");
                    int from = text.indexOf("TRANSACTIONS");
                    report.append(from < 0 ? text : text.substring(from));
                }
            }
            try (var running = statement.executeQuery("SELECT id, db, command, time, state, info FROM"
                    + " information_schema.PROCESSLIST WHERE command <> 'Sleep' OR info IS NOT NULL")) {
                report.append("\nPROCESSLIST:\n");
                while (running.next()) {
                    report.append(running.getLong(1)).append(' ').append(running.getString(2)).append(' ')
                            .append(running.getString(3)).append(' ').append(running.getLong(4)).append("s ")
                            .append(running.getString(5)).append(": ").append(running.getString(6)).append('\n');
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            report.append("no lock report: ").append(e);
        }
        return report.toString();
    }
}
