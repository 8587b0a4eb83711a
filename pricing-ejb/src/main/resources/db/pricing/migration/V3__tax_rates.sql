-- Pricing schema, version 3: WooCommerce's tax classes and tax rate table (COCART-PLUS §3.2), laid out as
-- wc_tax_rate_classes, wc_woocommerce_tax_rates and wc_woocommerce_tax_rate_locations so the admin API and the
-- CSV import read and write them row for row. The standard class ("") is implied and never stored.

CREATE TABLE tax_class (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    position    INT          NOT NULL DEFAULT 0,   -- settings order ("Reduced rate" before "Zero rate")
    PRIMARY KEY (id),
    UNIQUE KEY uk_tax_class_slug (slug)
);

CREATE TABLE tax_rate (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    country     VARCHAR(2)    NOT NULL DEFAULT '',   -- ISO-2, '' = any country
    state       VARCHAR(200)  NOT NULL DEFAULT '',   -- '' = any state
    rate        DECIMAL(9,4)  NOT NULL,              -- percent, four decimals as WooCommerce stores "7.2500"
    name        VARCHAR(200)  NOT NULL DEFAULT '',
    priority    INT           NOT NULL DEFAULT 1,
    compound    BOOLEAN       NOT NULL DEFAULT FALSE,
    shipping    BOOLEAN       NOT NULL DEFAULT TRUE,
    rate_order  INT           NOT NULL DEFAULT 0,
    tax_class   VARCHAR(200)  NOT NULL DEFAULT '',   -- slug, '' = standard
    PRIMARY KEY (id),
    KEY ix_tax_rate_class_order (tax_class, rate_order, id),
    KEY ix_tax_rate_order (rate_order, id)
);

-- A rate's postcode patterns and cities, upper-case, '*' never stored (no rows = any).
CREATE TABLE tax_rate_location (
    tax_rate_id   BIGINT       NOT NULL,
    location_type VARCHAR(16)  NOT NULL,   -- postcode | city
    location_code VARCHAR(200) NOT NULL,
    position      INT          NOT NULL,
    PRIMARY KEY (tax_rate_id, position),
    CONSTRAINT fk_tax_rate_location_rate FOREIGN KEY (tax_rate_id) REFERENCES tax_rate (id) ON DELETE CASCADE
);

-- WooCommerce installs these two classes with every store.
INSERT INTO tax_class (name, slug, position) VALUES ('Reduced rate', 'reduced-rate', 1), ('Zero rate', 'zero-rate', 2);
