-- Cart module, version 6: Idempotency-Key on the cart write routes (issue 6 part 3; README "Conditional and
-- idempotent writes"). One row per key and scope (the cart, the user, or a guest's first write without a cart key),
-- known only by the SHA-256 of both, so keys a client sends are never stored as they are. The row is inserted
-- before the write in the write's own transaction and completed with the answer at its end: a request racing with
-- the same key blocks on the unique key until the first commits (then finds its answer) or rolls back (then runs
-- itself). A refused write rolls back its row with everything else.
CREATE TABLE idempotency_key (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    key_hash        CHAR(64)     NOT NULL,   -- hex SHA-256 of scope and key
    fingerprint     CHAR(64)     NOT NULL,   -- hex SHA-256 of method, route, query, cart key and body
    status          INT          NOT NULL,   -- 0 while the first request runs (never committed so)
    body            MEDIUMTEXT   NULL,       -- the answer's body (UTF-8 JSON)
    cart_key        VARCHAR(42)  NULL,       -- the cart headers of the answer
    cart_expiring   DATETIME(6)  NULL,       -- UTC
    cart_expiration DATETIME(6)  NULL,
    etag            VARCHAR(100) NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,   -- created_at + headlesscart.cart.idempotency-key-lifetime
    PRIMARY KEY (id),
    UNIQUE KEY uk_idempotency_key_hash (key_hash),
    KEY ix_idempotency_key_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
