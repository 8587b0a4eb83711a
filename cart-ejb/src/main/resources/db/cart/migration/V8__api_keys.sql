-- Cart module, version 8: WooCommerce REST API keys (customer component, README "REST API keys"). A key is a
-- consumer key (ck_ + 40 hex) and a consumer secret (cs_ + 40 hex), both shown once when the key is made. Neither is
-- stored: the consumer key as WooCommerce stores it, HMAC-SHA256 with the key 'wc-api' (wc_api_hash), which finds
-- the row; the secret as its SHA-256 (WooCommerce keeps the secret itself, for OAuth 1.0a signatures, which we do
-- not take). A leaked table therefore authenticates nobody. Revoking a key deletes its row, as WooCommerce does.
CREATE TABLE api_key (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    user_id           BIGINT       NOT NULL,   -- the staff account the key acts as
    description       VARCHAR(200) NOT NULL,
    permissions       VARCHAR(10)  NOT NULL,   -- read | write | read_write
    consumer_key_hash CHAR(64)     NOT NULL,   -- hex HMAC-SHA256('wc-api', consumer key)
    secret_hash       CHAR(64)     NOT NULL,   -- hex SHA-256 of the consumer secret
    truncated_key     CHAR(7)      NOT NULL,   -- the consumer key's last 7 characters, to recognise it by
    created_at        DATETIME(6)  NOT NULL,   -- UTC
    last_access       DATETIME(6)  NULL,       -- UTC; to the minute (written at most once a minute)
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_key_consumer_key (consumer_key_hash),
    KEY ix_api_key_user (user_id),
    CONSTRAINT fk_api_key_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
