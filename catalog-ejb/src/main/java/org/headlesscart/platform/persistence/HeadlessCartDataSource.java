package org.headlesscart.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the one datasource that every persistence unit uses, in a form that deploys unchanged in the EAR
 * (Payara Server) and in the WAR bundle (Payara Micro).
 *
 * <p>Payara substitutes {@code ${MPCONFIG=key:default}} from server-level sources only (environment variables,
 * {@code -D} system properties, Payara's own config), never from the application's
 * {@code microprofile-config.properties}; that is why the defaults are inline. Override them with
 * {@code HEADLESSCART_DB_URL}, {@code HEADLESSCART_DB_USER}, {@code HEADLESSCART_DB_PASSWORD} and
 * {@code HEADLESSCART_DB_DATASOURCE_CLASS} (or the same keys as {@code -Dheadlesscart.db.*}).
 *
 * <p>It is an EJB only so that both runtimes process the annotation; it has no behaviour.
 */
@Singleton
@DataSourceDefinition(
        name = HeadlessCartDataSource.JNDI_NAME,
        className = "${MPCONFIG=headlesscart.db.datasource-class:com.mysql.cj.jdbc.MysqlDataSource}",
        url = "${MPCONFIG=headlesscart.db.url:jdbc:mysql://localhost:3306/headlesscart}",
        user = "${MPCONFIG=headlesscart.db.user:headlesscart}",
        password = "${MPCONFIG=headlesscart.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            // Connector/J: UTC on the wire, server-side prepared statements cached per connection.
            "connectionTimeZone=UTC",
            "forceConnectionTimeZoneToSession=true",
            "useServerPrepStmts=true",
            "cachePrepStmts=true",
            // Hibernate's statements are long (a cart row has 30 columns): cache them too, not only short ones.
            "prepStmtCacheSqlLimit=8192",
            "prepStmtCacheSize=500",
            // Answer autocommit and isolation checks (the pool's and Hibernate's, on every checkout) from the
            // driver's own state instead of a round trip to the server each.
            "useLocalSessionState=true",
            // Read committed, set on the session when the driver connects (the annotation's isolationLevel was not
            // applied on Payara Micro): a cart write locks its row by key and then reads its lines; nothing needs
            // repeatable reads, and without them InnoDB takes no gap locks, so requests creating the same new cart
            // key meet at the unique key (one fails, its retry finds the row) instead of queueing on gap locks.
            "sessionVariables=transaction_isolation='READ-COMMITTED'",
            "characterEncoding=UTF-8",
            // Read answers through a plain buffered stream: the default read-ahead stream asks the socket how much
            // is available (a system call) on every read, 1-2 % of an add-item's CPU in a profile.
            "useReadAheadInput=false",
            "useUnbufferedInput=false",
            // The driver would otherwise open an OpenTelemetry span per statement whenever the API is on the class
            // path (Payara ships it), another 1 %; we trace nothing per statement.
            "openTelemetry=DISABLED"
        })
public class HeadlessCartDataSource {

    /** The name both persistence units refer to as their JTA datasource. */
    public static final String JNDI_NAME = "java:app/jdbc/headlesscart";
}
