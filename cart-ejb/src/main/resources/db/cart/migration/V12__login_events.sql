-- Cart module, version 12: the login throttle's events (docs/authentication.md, Throttling) in the database, so that
-- every server of a cluster counts the same failures (issue 21). One row per failed login and per key it counts
-- under (account and address, account, address), and one per sign-in (account and address, refreshed in place).
-- Keys are known only by their SHA-256 (they hold logins and client addresses); times are epoch milliseconds of the
-- server that saw the attempt. Rows older than headlesscart.auth.failure-window count for nothing: CartCleanup
-- deletes them.
CREATE TABLE login_event (
    id          BIGINT     NOT NULL AUTO_INCREMENT,
    key_hash    BINARY(32) NOT NULL,
    occurred_ms BIGINT     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_login_event_key (key_hash, occurred_ms),
    KEY ix_login_event_time (occurred_ms)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
