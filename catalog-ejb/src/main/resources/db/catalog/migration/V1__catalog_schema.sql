-- Catalog schema, version 1: the WooCommerce product model that CoCart's Products API exposes.
-- Money is stored in minor units (BIGINT); times are UTC (DATETIME(6)); MySQL 8 and MariaDB 10.11+ both run it.

CREATE TABLE product (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id           BIGINT       NULL,       -- a variation's variable product
    type                VARCHAR(16)  NOT NULL,   -- simple | variable | variation | grouped | external
    sku                 VARCHAR(100) NULL,
    slug                VARCHAR(200) NOT NULL,
    name                VARCHAR(255) NOT NULL,
    description         MEDIUMTEXT   NOT NULL,
    short_description   TEXT         NOT NULL,
    status              VARCHAR(16)  NOT NULL DEFAULT 'publish',   -- publish | draft | private
    visibility          VARCHAR(16)  NOT NULL DEFAULT 'visible',   -- visible | catalog | search | hidden
    featured            BOOLEAN      NOT NULL DEFAULT FALSE,
    regular_price_minor BIGINT       NULL,
    sale_price_minor    BIGINT       NULL,
    sale_from           DATETIME(6)  NULL,
    sale_to             DATETIME(6)  NULL,
    manage_stock        BOOLEAN      NOT NULL DEFAULT FALSE,
    stock_quantity      INT          NULL,
    stock_status        VARCHAR(16)  NOT NULL DEFAULT 'instock',   -- instock | outofstock | onbackorder
    backorders          VARCHAR(8)   NOT NULL DEFAULT 'no',        -- no | notify | yes
    low_stock_amount    INT          NULL,
    sold_individually   BOOLEAN      NOT NULL DEFAULT FALSE,
    min_purchase        INT          NULL,
    max_purchase        INT          NULL,
    is_virtual          BOOLEAN      NOT NULL DEFAULT FALSE,
    is_downloadable     BOOLEAN      NOT NULL DEFAULT FALSE,
    weight              DECIMAL(12,4) NULL,
    length              DECIMAL(12,4) NULL,
    width               DECIMAL(12,4) NULL,
    height              DECIMAL(12,4) NULL,
    tax_status          VARCHAR(16)  NOT NULL DEFAULT 'taxable',   -- taxable | shipping | none
    tax_class           VARCHAR(64)  NOT NULL DEFAULT '',
    external_url        VARCHAR(2048) NULL,
    button_text         VARCHAR(255) NULL,
    menu_order          INT          NOT NULL DEFAULT 0,
    total_sales         BIGINT       NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    modified_at         DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_product_sku (sku),
    UNIQUE KEY uk_product_slug (slug),
    KEY ix_product_parent (parent_id),
    KEY ix_product_listing (status, type, created_at),
    CONSTRAINT fk_product_parent FOREIGN KEY (parent_id) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE category (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id   BIGINT       NULL,
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    image_src   VARCHAR(2048) NULL,
    menu_order  INT          NOT NULL DEFAULT 0,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_category_slug (slug),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE tag (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_tag_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE product_category (
    product_id  BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    PRIMARY KEY (product_id, category_id),
    KEY ix_product_category_category (category_id),
    CONSTRAINT fk_product_category_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_category_category FOREIGN KEY (category_id) REFERENCES category (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE product_tag (
    product_id BIGINT NOT NULL,
    tag_id     BIGINT NOT NULL,
    PRIMARY KEY (product_id, tag_id),
    KEY ix_product_tag_tag (tag_id),
    CONSTRAINT fk_product_tag_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Global attributes (WooCommerce "pa_*" taxonomies) and their terms.
CREATE TABLE attribute (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(200) NOT NULL,
    slug         VARCHAR(200) NOT NULL,      -- pa_color
    type         VARCHAR(16)  NOT NULL DEFAULT 'select',
    order_by     VARCHAR(16)  NOT NULL DEFAULT 'menu_order',
    has_archives BOOLEAN      NOT NULL DEFAULT FALSE,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_attribute_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE attribute_term (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    attribute_id BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    slug         VARCHAR(200) NOT NULL,
    description  TEXT         NOT NULL,
    menu_order   INT          NOT NULL DEFAULT 0,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_attribute_term_slug (attribute_id, slug),
    CONSTRAINT fk_attribute_term_attribute FOREIGN KEY (attribute_id) REFERENCES attribute (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A product's attributes: global (attribute_id set, values are term slugs) or custom (values are free text).
CREATE TABLE product_attribute (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    product_id          BIGINT       NOT NULL,
    attribute_id        BIGINT       NULL,
    name                VARCHAR(200) NOT NULL,
    position            INT          NOT NULL DEFAULT 0,
    visible             BOOLEAN      NOT NULL DEFAULT TRUE,
    used_for_variations BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    UNIQUE KEY uk_product_attribute_name (product_id, name),
    CONSTRAINT fk_product_attribute_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_attribute_attribute FOREIGN KEY (attribute_id) REFERENCES attribute (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE product_attribute_value (
    product_attribute_id BIGINT       NOT NULL,
    position             INT          NOT NULL,
    value                VARCHAR(200) NOT NULL,
    PRIMARY KEY (product_attribute_id, position),
    CONSTRAINT fk_product_attribute_value FOREIGN KEY (product_attribute_id) REFERENCES product_attribute (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What a variation fixes per attribute ('' means "any"), and a variable product's defaults.
CREATE TABLE variation_attribute (
    variation_id BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,      -- pa_color, or a custom attribute's name
    value        VARCHAR(200) NOT NULL,
    PRIMARY KEY (variation_id, name),
    CONSTRAINT fk_variation_attribute FOREIGN KEY (variation_id) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE product_default_attribute (
    product_id BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    value      VARCHAR(200) NOT NULL,
    PRIMARY KEY (product_id, name),
    CONSTRAINT fk_product_default_attribute FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE product_image (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    product_id BIGINT        NOT NULL,
    position   INT           NOT NULL DEFAULT 0,
    src        VARCHAR(2048) NOT NULL,
    name       VARCHAR(255)  NOT NULL DEFAULT '',
    alt        VARCHAR(255)  NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    KEY ix_product_image_product (product_id, position),
    CONSTRAINT fk_product_image_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Grouped children, upsells and cross-sells.
CREATE TABLE product_link (
    product_id BIGINT      NOT NULL,
    kind       VARCHAR(16) NOT NULL,   -- grouped | upsell | cross_sell
    linked_id  BIGINT      NOT NULL,
    position   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, kind, linked_id),
    KEY ix_product_link_linked (linked_id),
    CONSTRAINT fk_product_link_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_link_linked FOREIGN KEY (linked_id) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE review (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    product_id     BIGINT       NOT NULL,
    reviewer       VARCHAR(200) NOT NULL,
    reviewer_email VARCHAR(200) NOT NULL,
    review         TEXT         NOT NULL,
    rating         TINYINT      NOT NULL,
    verified       BOOLEAN      NOT NULL DEFAULT FALSE,
    status         VARCHAR(16)  NOT NULL DEFAULT 'approved',
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_review_product (product_id, created_at),
    CONSTRAINT fk_review_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
