-- Pricing schema, version 4: WooCommerce's shipping zones, their locations and method instances (COCART-PLUS
-- §3.3), after wc_woocommerce_shipping_zones, _zone_locations and _zone_methods. Zone 0, "Locations not covered
-- by your other zones", has no row, as in WooCommerce: its methods carry zone_id 0, hence no foreign key there.

CREATE TABLE shipping_zone (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    zone_order  INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_shipping_zone_order (zone_order, id)
);

CREATE TABLE shipping_zone_location (
    zone_id       BIGINT       NOT NULL,
    position      INT          NOT NULL,
    location_code VARCHAR(200) NOT NULL,   -- US, US:CA, NA, or a postcode pattern
    location_type VARCHAR(16)  NOT NULL,   -- country | state | continent | postcode
    PRIMARY KEY (zone_id, position),
    CONSTRAINT fk_shipping_zone_location_zone FOREIGN KEY (zone_id) REFERENCES shipping_zone (id) ON DELETE CASCADE
);

CREATE TABLE shipping_zone_method (
    instance_id  BIGINT      NOT NULL AUTO_INCREMENT,
    zone_id      BIGINT      NOT NULL,   -- 0 = locations not covered by other zones
    method_id    VARCHAR(64) NOT NULL,   -- flat_rate | free_shipping | local_pickup
    method_order INT         NOT NULL DEFAULT 0,
    is_enabled   BOOLEAN     NOT NULL DEFAULT TRUE,
    PRIMARY KEY (instance_id),
    KEY ix_shipping_zone_method_zone (zone_id, method_order, instance_id)
);

-- The instance settings WooCommerce keeps in the option woocommerce_<method>_<instance>_settings, one row each.
CREATE TABLE shipping_method_setting (
    instance_id   BIGINT       NOT NULL,
    setting_key   VARCHAR(64)  NOT NULL,
    setting_value VARCHAR(1000) NOT NULL,
    PRIMARY KEY (instance_id, setting_key),
    CONSTRAINT fk_shipping_method_setting_method FOREIGN KEY (instance_id)
        REFERENCES shipping_zone_method (instance_id) ON DELETE CASCADE
);
