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
 * <p>The second definition is the readiness probe's: the same database, reached without the pool.
 *
 * <p>It is an EJB only so that both runtimes process the annotation; it has no behaviour.
 */
@Singleton
@DataSourceDefinition(
        name = HeadlessCartDataSource.JNDI_NAME,
        className = HeadlessCartDataSource.CLASS_NAME,
        url = HeadlessCartDataSource.URL,
        user = HeadlessCartDataSource.USER,
        password = HeadlessCartDataSource.PASSWORD,
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
            "openTelemetry=DISABLED",
            // A lost database answers within seconds (docs/decisions.md, Database outages). Connector/J: how long a TCP
            // connect may take, and how long any read may wait (a statement, a lock wait included, or the login
            // handshake of a server that accepts connections but answers nothing): above the longest legitimate
            // statement, InnoDB's 50 s lock wait among them. No per-statement query timeout besides: Connector/J
            // would enforce it with KILL QUERY over a new connection, which a silent server does not answer either.
            "connectTimeout=${MPCONFIG=headlesscart.db.connect-timeout-ms:2000}",
            "socketTimeout=${MPCONFIG=headlesscart.db.socket-timeout-ms:60000}",
            // Payara's pool: how long a request may wait for a free connection (Payara's default is 60 s).
            "fish.payara.max-wait-time-in-millis=${MPCONFIG=headlesscart.db.pool-max-wait-ms:10000}",
            // Broken connections leave the pool: one ping (Connection.isValid) before a connection is handed out,
            // at most every 2 s per connection, and one that fails closes all the others too, so after a database
            // restart the pool starts again from new connections instead of failing once per stale one.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            "fish.payara.fail-all-connections=true"
        })
@DataSourceDefinition(
        // The readiness probe's own connections (api-war DatabaseAvailability): not pooled (each probe connects
        // afresh, so nothing stale survives an outage), outside transactions, and with 1 s connect and read timeouts,
        // so that a probe of a silent server gives up in about a second and never waits for the main pool.
        name = HeadlessCartDataSource.PROBE_JNDI_NAME,
        className = HeadlessCartDataSource.CLASS_NAME,
        url = HeadlessCartDataSource.URL,
        user = HeadlessCartDataSource.USER,
        password = HeadlessCartDataSource.PASSWORD,
        transactional = false,
        minPoolSize = 0,
        maxPoolSize = 2,
        maxIdleTime = 0,
        properties = {
            "connectTimeout=1000",
            "socketTimeout=1000",
            "fish.payara.pooling=false",
            "fish.payara.match-connections=false"
        })
public class HeadlessCartDataSource {

    /** The name both persistence units refer to as their JTA datasource. */
    public static final String JNDI_NAME = "java:app/jdbc/headlesscart";

    /** The readiness probe's datasource: the same database, its own short timeouts, no pool. */
    public static final String PROBE_JNDI_NAME = "java:app/jdbc/headlesscart-probe";

    static final String CLASS_NAME = "${MPCONFIG=headlesscart.db.datasource-class:com.mysql.cj.jdbc.MysqlDataSource}";
    static final String URL = "${MPCONFIG=headlesscart.db.url:jdbc:mysql://localhost:3306/headlesscart}";
    static final String USER = "${MPCONFIG=headlesscart.db.user:headlesscart}";
    static final String PASSWORD = "${MPCONFIG=headlesscart.db.password:}";
}
