-- Pricing module, version 1: coupons with WooCommerce's fields (COCART-PLUS §3.1, wc/v3/coupons).
-- Id lists and e-mail lists are kept as WooCommerce keeps its coupon meta: one text value per list (ids comma-
-- separated, e-mails and used_by one per line), because a coupon is always read and written whole and the cart
-- reads only the few coupons it applies.

CREATE TABLE coupon (
    id                          BIGINT         NOT NULL AUTO_INCREMENT,
    code                        VARCHAR(190)   COLLATE utf8mb4_bin NOT NULL,   -- lower-case; binary: 'café' is not 'cafe'
    status                      VARCHAR(20)    NOT NULL DEFAULT 'publish',   -- publish | trash
    discount_type               VARCHAR(20)    NOT NULL DEFAULT 'fixed_cart', -- percent | fixed_cart | fixed_product
    amount                      DECIMAL(19, 6) NOT NULL DEFAULT 0,
    description                 TEXT           NOT NULL,
    expires_at                  DATETIME(6)    NULL,
    individual_use              BOOLEAN        NOT NULL DEFAULT FALSE,
    product_ids                 TEXT           NOT NULL,
    excluded_product_ids        TEXT           NOT NULL,
    category_ids                TEXT           NOT NULL,
    excluded_category_ids       TEXT           NOT NULL,
    exclude_sale_items          BOOLEAN        NOT NULL DEFAULT FALSE,
    minimum_amount              DECIMAL(19, 6) NULL,
    maximum_amount              DECIMAL(19, 6) NULL,
    usage_limit                 INT            NOT NULL DEFAULT 0,   -- 0 = unlimited
    usage_limit_per_user        INT            NOT NULL DEFAULT 0,
    limit_usage_to_x_items      INT            NULL,
    free_shipping               BOOLEAN        NOT NULL DEFAULT FALSE,
    email_restrictions          TEXT           NOT NULL,
    usage_count                 INT            NOT NULL DEFAULT 0,   -- counted by checkout
    used_by                     TEXT           NOT NULL,
    created_at                  DATETIME(6)    NOT NULL,
    modified_at                 DATETIME(6)    NOT NULL,
    version                     BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_coupon_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
