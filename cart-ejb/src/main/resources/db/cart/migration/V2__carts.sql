-- Cart module, version 2: cart sessions (contract §6). A cart is a row under its key plus one row per line;
-- never one serialized blob, so lines can be locked, counted and cleaned up by SQL.

CREATE TABLE cart (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    cart_key        VARCHAR(42)  NOT NULL,   -- guest key (t_ + 30 hex) or a client's own key; user id when logged in
    user_id         BIGINT       NULL,
    source          VARCHAR(20)  NOT NULL DEFAULT 'cocart',
    created_at      DATETIME(6)  NOT NULL,   -- UTC
    modified_at     DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    next_position   INT          NOT NULL DEFAULT 0,
    version         BIGINT       NOT NULL DEFAULT 0,
    billing_first_name  VARCHAR(100) NOT NULL DEFAULT '',
    billing_last_name   VARCHAR(100) NOT NULL DEFAULT '',
    billing_company     VARCHAR(100) NOT NULL DEFAULT '',
    billing_country     VARCHAR(2)   NOT NULL DEFAULT '',
    billing_address_1   VARCHAR(200) NOT NULL DEFAULT '',
    billing_address_2   VARCHAR(200) NOT NULL DEFAULT '',
    billing_city        VARCHAR(100) NOT NULL DEFAULT '',
    billing_state       VARCHAR(100) NOT NULL DEFAULT '',
    billing_postcode    VARCHAR(20)  NOT NULL DEFAULT '',
    billing_phone       VARCHAR(30)  NOT NULL DEFAULT '',
    billing_email       VARCHAR(100) NOT NULL DEFAULT '',
    shipping_first_name VARCHAR(100) NOT NULL DEFAULT '',
    shipping_last_name  VARCHAR(100) NOT NULL DEFAULT '',
    shipping_company    VARCHAR(100) NOT NULL DEFAULT '',
    shipping_country    VARCHAR(2)   NOT NULL DEFAULT '',
    shipping_address_1  VARCHAR(200) NOT NULL DEFAULT '',
    shipping_address_2  VARCHAR(200) NOT NULL DEFAULT '',
    shipping_city       VARCHAR(100) NOT NULL DEFAULT '',
    shipping_state      VARCHAR(100) NOT NULL DEFAULT '',
    shipping_postcode   VARCHAR(20)  NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    UNIQUE KEY uk_cart_key (cart_key),
    KEY ix_cart_expires (expires_at),
    KEY ix_cart_billing_email (billing_email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A line, or a removed line kept for restore (removed = 1). The item key is WooCommerce's (contract §13.1);
-- variation and item data are the line's own small maps, kept as JSON text because they are part of its identity.
CREATE TABLE cart_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    cart_id            BIGINT        NOT NULL,
    item_key           CHAR(32)      NOT NULL,
    product_id         BIGINT        NOT NULL,   -- the parent for a variation, as WooCommerce keeps it
    variation_id       BIGINT        NOT NULL DEFAULT 0,
    quantity           DECIMAL(14,4) NOT NULL,
    variation_json     TEXT          NOT NULL,
    item_data_json     TEXT          NOT NULL,
    custom_price_minor BIGINT        NULL,
    removed            BOOLEAN       NOT NULL DEFAULT FALSE,
    position           INT           NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_cart_item_key (cart_id, item_key),
    CONSTRAINT fk_cart_item_cart FOREIGN KEY (cart_id) REFERENCES cart (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
