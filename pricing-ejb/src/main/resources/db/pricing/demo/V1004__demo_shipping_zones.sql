-- Demo store: shipping zones a new user can try (docs/tax-and-shipping-admin.md). The United States and the
-- United Kingdom each offer a flat rate, free shipping over an amount and local pickup; everywhere else (zone 0)
-- a flat rate. Method instances are numbered from 1 across zones, as WooCommerce numbers them.

INSERT INTO shipping_zone (id, name, zone_order) VALUES (1, 'United States', 0), (2, 'United Kingdom', 1);

INSERT INTO shipping_zone_location (zone_id, position, location_code, location_type) VALUES
    (1, 0, 'US', 'country'),
    (2, 0, 'GB', 'country');

INSERT INTO shipping_zone_method (instance_id, zone_id, method_id, method_order, is_enabled) VALUES
    (1, 1, 'flat_rate', 1, TRUE),
    (2, 1, 'free_shipping', 2, TRUE),
    (3, 1, 'local_pickup', 3, TRUE),
    (4, 2, 'flat_rate', 1, TRUE),
    (5, 2, 'free_shipping', 2, TRUE),
    (6, 2, 'local_pickup', 3, TRUE),
    (7, 0, 'flat_rate', 1, TRUE);

INSERT INTO shipping_method_setting (instance_id, setting_key, setting_value) VALUES
    (1, 'title', 'Flat rate'), (1, 'tax_status', 'taxable'), (1, 'cost', '5 + [qty] * 1'),
    (2, 'title', 'Free shipping'), (2, 'requires', 'min_amount'), (2, 'min_amount', '100'),
    (2, 'ignore_discounts', 'no'),
    (3, 'title', 'Local pickup'), (3, 'tax_status', 'taxable'), (3, 'cost', ''),
    (4, 'title', 'Flat rate'), (4, 'tax_status', 'taxable'), (4, 'cost', '3.95 + [qty] * 0.50'),
    (5, 'title', 'Free shipping'), (5, 'requires', 'min_amount'), (5, 'min_amount', '60'),
    (5, 'ignore_discounts', 'no'),
    (6, 'title', 'Local pickup'), (6, 'tax_status', 'taxable'), (6, 'cost', ''),
    (7, 'title', 'International flat rate'), (7, 'tax_status', 'taxable'), (7, 'cost', '15 + [qty] * 2');
