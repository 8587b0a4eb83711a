-- Orders as WooCommerce keeps them (COCART-PLUS §4.4), in the checkout component's own tables. Money is in minor
-- units of the order's currency; times are UTC. "order" is a reserved word, hence customer_order.

CREATE TABLE customer_order (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    order_number          VARCHAR(32)  NULL,                      -- NULL: the id (no numbering rule configured)
    order_key             VARCHAR(32)  NOT NULL,                  -- wc_order_ + 13 random alphanumerics
    status                VARCHAR(20)  NOT NULL,                  -- pending|processing|on-hold|completed|cancelled|refunded|failed
    currency              VARCHAR(3)   NOT NULL,
    prices_include_tax    BOOLEAN      NOT NULL,
    customer_id           BIGINT       NOT NULL DEFAULT 0,        -- 0: a guest
    created_via           VARCHAR(20)  NOT NULL,                  -- checkout | admin
    cart_key              VARCHAR(64)  NULL,                      -- the cart it was placed from
    cart_hash             VARCHAR(32)  NULL,                    -- lines, coupons, fees, rates and totals it was placed for
    billing_first_name    VARCHAR(100) NOT NULL DEFAULT '',
    billing_last_name     VARCHAR(100) NOT NULL DEFAULT '',
    billing_company       VARCHAR(100) NOT NULL DEFAULT '',
    billing_address_1     VARCHAR(200) NOT NULL DEFAULT '',
    billing_address_2     VARCHAR(200) NOT NULL DEFAULT '',
    billing_city          VARCHAR(100) NOT NULL DEFAULT '',
    billing_state         VARCHAR(100) NOT NULL DEFAULT '',
    billing_postcode      VARCHAR(20)  NOT NULL DEFAULT '',
    billing_country       VARCHAR(2)   NOT NULL DEFAULT '',
    billing_email         VARCHAR(100) NOT NULL DEFAULT '',
    billing_phone         VARCHAR(30)  NOT NULL DEFAULT '',
    shipping_first_name   VARCHAR(100) NOT NULL DEFAULT '',
    shipping_last_name    VARCHAR(100) NOT NULL DEFAULT '',
    shipping_company      VARCHAR(100) NOT NULL DEFAULT '',
    shipping_address_1    VARCHAR(200) NOT NULL DEFAULT '',
    shipping_address_2    VARCHAR(200) NOT NULL DEFAULT '',
    shipping_city         VARCHAR(100) NOT NULL DEFAULT '',
    shipping_state        VARCHAR(100) NOT NULL DEFAULT '',
    shipping_postcode     VARCHAR(20)  NOT NULL DEFAULT '',
    shipping_country      VARCHAR(2)   NOT NULL DEFAULT '',
    shipping_phone        VARCHAR(30)  NOT NULL DEFAULT '',
    payment_method        VARCHAR(64)  NOT NULL DEFAULT '',
    payment_method_title  VARCHAR(200) NOT NULL DEFAULT '',
    transaction_id        VARCHAR(200) NOT NULL DEFAULT '',
    customer_note         TEXT         NULL,
    customer_ip           VARCHAR(45)  NOT NULL DEFAULT '',
    customer_user_agent   VARCHAR(255) NOT NULL DEFAULT '',
    subtotal              BIGINT       NOT NULL DEFAULT 0,        -- lines before discounts, as the cart showed it
    subtotal_tax          BIGINT       NOT NULL DEFAULT 0,
    discount_total        BIGINT       NOT NULL DEFAULT 0,
    discount_tax          BIGINT       NOT NULL DEFAULT 0,
    shipping_total        BIGINT       NOT NULL DEFAULT 0,
    shipping_tax          BIGINT       NOT NULL DEFAULT 0,
    fee_total             BIGINT       NOT NULL DEFAULT 0,
    fee_tax               BIGINT       NOT NULL DEFAULT 0,
    cart_tax              BIGINT       NOT NULL DEFAULT 0,        -- tax on lines and fees after discounts
    total_tax             BIGINT       NOT NULL DEFAULT 0,
    total                 BIGINT       NOT NULL DEFAULT 0,
    refunded_total        BIGINT       NOT NULL DEFAULT 0,
    -- The order's non-product lines, as JSON arrays (ShippingLine, FeeLine, CouponLine, TaxLine in order.model):
    -- read and written with the order row, never queried on their own.
    shipping_lines_json   TEXT         NOT NULL,
    fee_lines_json        TEXT         NOT NULL,
    coupon_lines_json     TEXT         NOT NULL,
    tax_lines_json        TEXT         NOT NULL,
    stock_state           VARCHAR(10)  NOT NULL DEFAULT 'none',   -- none | held | reduced | released (order_stock)
    hold_until            DATETIME(6)  NULL,                      -- held stock goes back after this, if still unpaid
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    paid_at               DATETIME(6)  NULL,
    completed_at          DATETIME(6)  NULL,
    version               INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_order_key (order_key),
    KEY ix_order_customer (customer_id, created_at),
    KEY ix_order_status (status, created_at),
    KEY ix_order_created (created_at),
    KEY ix_order_email (billing_email),
    KEY ix_order_cart (cart_key, status),
    KEY ix_order_hold (stock_state, hold_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One bought product per row, the product as bought: name, SKU and prices do not follow later catalog changes.
CREATE TABLE order_line (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    order_id              BIGINT       NOT NULL,
    position              INT          NOT NULL,
    product_id            BIGINT       NOT NULL,                  -- the parent product for a variation
    variation_id          BIGINT       NOT NULL DEFAULT 0,
    name                  VARCHAR(400) NOT NULL,
    sku                   VARCHAR(100) NOT NULL DEFAULT '',
    quantity              INT          NOT NULL,
    tax_class             VARCHAR(100) NOT NULL DEFAULT '',
    price                 BIGINT       NOT NULL,                  -- unit price as the cart charged it
    subtotal              BIGINT       NOT NULL,                  -- before discounts
    subtotal_tax          BIGINT       NOT NULL,
    total                 BIGINT       NOT NULL,                  -- after discounts
    total_tax             BIGINT       NOT NULL,
    taxes_json            TEXT         NOT NULL,                  -- per rate id: {"total":..,"subtotal":..}
    meta_json             TEXT         NOT NULL,                  -- variation attributes and cart item data
    image_src             VARCHAR(1000) NULL,
    refunded_quantity     INT          NOT NULL DEFAULT 0,
    refunded_total        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_line_order (order_id, position),
    KEY ix_line_product (product_id),
    KEY ix_line_variation (variation_id),
    CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Units this order took from managed stock, per stock-owning product (a variation may use its parent's stock):
-- what cancel, failure, the hold timer and refunds with restock give back.
CREATE TABLE order_stock (
    order_id              BIGINT       NOT NULL,
    product_id            BIGINT       NOT NULL,
    quantity              INT          NOT NULL,
    PRIMARY KEY (order_id, product_id),
    CONSTRAINT fk_stock_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Notes on the order: private ones for staff, customer ones also shown to the customer; status changes add one.
CREATE TABLE order_note (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    order_id              BIGINT       NOT NULL,
    note                  TEXT         NOT NULL,
    customer_note         BOOLEAN      NOT NULL DEFAULT FALSE,
    added_by_user         BOOLEAN      NOT NULL DEFAULT FALSE,    -- written by staff rather than by the system
    author                VARCHAR(100) NOT NULL DEFAULT 'system',
    created_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_note_order (order_id, created_at),
    CONSTRAINT fk_note_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every status an order went through, oldest first.
CREATE TABLE order_status_change (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    order_id              BIGINT       NOT NULL,
    from_status           VARCHAR(20)  NULL,
    to_status             VARCHAR(20)  NOT NULL,
    changed_at            DATETIME(6)  NOT NULL,
    actor                 VARCHAR(100) NOT NULL DEFAULT 'system',
    PRIMARY KEY (id),
    KEY ix_change_order (order_id, id),
    CONSTRAINT fk_change_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Refunds (wc/v3/orders/{id}/refunds): an amount, optionally split over lines, optionally restocked.
CREATE TABLE order_refund (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    order_id              BIGINT       NOT NULL,
    amount                BIGINT       NOT NULL,
    reason                VARCHAR(1000) NOT NULL DEFAULT '',
    refunded_by           BIGINT       NOT NULL DEFAULT 0,
    refunded_payment      BOOLEAN      NOT NULL DEFAULT FALSE,    -- the gateway refunded the money too
    lines_json            TEXT         NOT NULL,                  -- [{line_id, quantity, total, total_tax}]
    restocked             BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_refund_order (order_id, id),
    CONSTRAINT fk_refund_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
