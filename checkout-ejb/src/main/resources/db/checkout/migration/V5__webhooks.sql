-- Webhooks, WooCommerce's way (docs/webhooks.md): the subscriptions, the transactional outbox every component writes
-- in the transaction of its change, and one delivery row per event and subscribed webhook, which is also the
-- delivery log.
CREATE TABLE webhook (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    name                  VARCHAR(200)  NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    topic                 VARCHAR(64)   NOT NULL,
    delivery_url          VARCHAR(2000) NOT NULL,
    secret                VARCHAR(200)  NOT NULL,
    api_version           VARCHAR(16)   NOT NULL,
    user_id               BIGINT        NOT NULL,
    failure_count         INT           NOT NULL DEFAULT 0,
    -- While failing: no delivery of this webhook is tried before this time (the backoff).
    retry_at              DATETIME(6)   NULL,
    created_at            DATETIME(6)   NOT NULL,
    modified_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_webhook_status_topic (status, topic)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The outbox: one row per change (topic + the resource's id or key), written in the change's own transaction by
-- org.headlesscart.platform.outbox.Outbox. The relay turns each into deliveries and deletes it.
CREATE TABLE webhook_event (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    topic                 VARCHAR(64)   NOT NULL,
    resource_key          VARCHAR(64)   NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One event for one webhook (or a webhook's ping): pending until delivered; the last attempt's outcome is kept as
-- the delivery log. Claimed by a relay with FOR UPDATE SKIP LOCKED and a short lease (claimed_until).
CREATE TABLE webhook_delivery (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    webhook_id            BIGINT        NOT NULL,
    topic                 VARCHAR(64)   NOT NULL,
    resource_key          VARCHAR(64)   NOT NULL,
    state                 VARCHAR(16)   NOT NULL,
    attempts              INT           NOT NULL DEFAULT 0,
    created_at            DATETIME(6)   NOT NULL,
    due_at                DATETIME(6)   NOT NULL,
    claimed_until         DATETIME(6)   NULL,
    attempted_at          DATETIME(6)   NULL,
    delivery_url          VARCHAR(2000) NULL,
    response_code         INT           NULL,
    response_message      VARCHAR(500)  NULL,
    duration_ms           INT           NULL,
    request_headers       TEXT          NULL,
    request_body          MEDIUMTEXT    NULL,
    response_headers      TEXT          NULL,
    response_body         TEXT          NULL,
    PRIMARY KEY (id),
    KEY ix_delivery_due (state, due_at),
    KEY ix_delivery_webhook (webhook_id, id),
    CONSTRAINT fk_delivery_webhook FOREIGN KEY (webhook_id) REFERENCES webhook (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Watermarks of the relay's scans, one row each, locked by the scan: cart.abandoned announces the carts whose last
-- change lies after scanned_to and at least the idle time ago, then moves scanned_to on (NULL: not started).
CREATE TABLE webhook_scan (
    name                  VARCHAR(64)   NOT NULL,
    scanned_to            DATETIME(6)   NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO webhook_scan (name, scanned_to) VALUES ('cart.abandoned', NULL);
