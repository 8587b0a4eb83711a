-- Demo store: taxes on, catalog prices entered without tax and shown without it, tax totals itemized.
UPDATE store_option SET option_value = 'yes' WHERE option_id = 'woocommerce_calc_taxes';
UPDATE store_option SET option_value = 'no' WHERE option_id = 'woocommerce_prices_include_tax';
UPDATE store_option SET option_value = 'excl' WHERE option_id IN ('woocommerce_tax_display_shop', 'woocommerce_tax_display_cart');
UPDATE store_option SET option_value = 'itemized' WHERE option_id = 'woocommerce_tax_total_display';
