-- Cart module, version 4: JWT refresh tokens (customer component). The token itself is an opaque random value that
-- only its holder knows; the table keeps its SHA-256 so a leaked table cannot be replayed. A token is used once:
-- refreshing marks it rotated and issues a successor in the same family; presenting a rotated token again revokes
-- the whole family (someone replayed a stolen copy, or the holder did; either way the chain is no longer trusted).
CREATE TABLE refresh_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash CHAR(64)    NOT NULL,   -- hex SHA-256 of the token
    user_id    BIGINT      NOT NULL,
    family     CHAR(32)    NOT NULL,   -- the login that started the rotation chain
    issued_at  DATETIME(6) NOT NULL,   -- UTC
    expires_at DATETIME(6) NOT NULL,   -- UTC
    rotated_at DATETIME(6) NULL,       -- used once to refresh; presenting it again is a reuse
    revoked_at DATETIME(6) NULL,       -- logout, reuse of its family, or beyond the per-user limit
    PRIMARY KEY (id),
    UNIQUE KEY uk_refresh_token_hash (token_hash),
    KEY ix_refresh_token_user (user_id, issued_at),
    KEY ix_refresh_token_family (family),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
