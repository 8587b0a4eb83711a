-- Demo store: coupons of each type, loaded once when headlesscart.demo.enabled=true (db/pricing/demo).
-- Ids start at 101, clear of the demo products' ids (WooCommerce keeps coupons and products in one id space).

INSERT INTO coupon (id, code, discount_type, amount, description, expires_at, individual_use, product_ids,
                    excluded_product_ids, category_ids, excluded_category_ids, exclude_sale_items, minimum_amount,
                    free_shipping, email_restrictions, used_by, created_at, modified_at) VALUES
    (101, 'save10',    'percent',       10, '10% off the cart',                        NULL, FALSE, '', '', '', '', FALSE, NULL,  FALSE, '', '', '2026-01-01 09:00:00', '2026-01-01 09:00:00'),
    (102, '5off',      'fixed_cart',     5, '5.00 off the cart',                       NULL, FALSE, '', '', '', '', FALSE, NULL,  FALSE, '', '', '2026-01-01 09:01:00', '2026-01-01 09:01:00'),
    (103, '2offeach',  'fixed_product',  2, '2.00 off each item',                      NULL, FALSE, '', '', '', '', FALSE, NULL,  FALSE, '', '', '2026-01-01 09:02:00', '2026-01-01 09:02:00'),
    (104, 'expired20', 'percent',       20, 'Expired: 20% off until the end of 2024', '2025-01-01 00:00:00', FALSE, '', '', '', '', FALSE, NULL, FALSE, '', '', '2026-01-01 09:03:00', '2026-01-01 09:03:00'),
    (105, 'solo15',    'percent',       15, '15% off, not with other coupons',         NULL, TRUE,  '', '', '', '', FALSE, NULL,  FALSE, '', '', '2026-01-01 09:04:00', '2026-01-01 09:04:00'),
    (106, 'freeship',  'fixed_cart',     0, 'Free shipping',                           NULL, FALSE, '', '', '', '', FALSE, NULL,  TRUE,  '', '', '2026-01-01 09:05:00', '2026-01-01 09:05:00'),
    (107, '10off50',   'fixed_cart',    10, '10.00 off orders of 50.00 or more',       NULL, FALSE, '', '', '', '', FALSE, 50,    FALSE, '', '', '2026-01-01 09:06:00', '2026-01-01 09:06:00');
