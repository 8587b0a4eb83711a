-- Pricing module, version 2: the store options that change a cart's totals, under WooCommerce's option ids
-- (wc/v3/settings/general and tax edit them). A missing row means WooCommerce's default (control StoreOptions),
-- so these rows only make the defaults visible in the database. Lists are comma-separated.

CREATE TABLE store_option (
    option_id    VARCHAR(100) NOT NULL,
    option_value TEXT         NOT NULL,
    PRIMARY KEY (option_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO store_option (option_id, option_value) VALUES
    ('woocommerce_enable_coupons', 'yes'),
    ('woocommerce_calc_discounts_sequentially', 'no'),
    ('woocommerce_calc_taxes', 'no'),
    ('woocommerce_prices_include_tax', 'no'),
    ('woocommerce_tax_based_on', 'shipping'),
    ('woocommerce_shipping_tax_class', 'inherit'),
    ('woocommerce_tax_round_at_subtotal', 'no'),
    ('woocommerce_tax_display_shop', 'excl'),
    ('woocommerce_tax_display_cart', 'excl'),
    ('woocommerce_tax_total_display', 'itemized'),
    ('woocommerce_ship_to_countries', ''),
    ('woocommerce_specific_ship_to_countries', ''),
    ('woocommerce_shipping_cost_requires_address', 'no');
