-- Order lifecycle (docs/orders.md): whether the order's coupon uses are counted on the coupons (WooCommerce's
-- _recorded_coupon_usage_counts), and an index for the hold-release timer, which walks unpaid orders by the end of
-- their hold (hold_until is set only while an order is pending or failed, so the walk meets no other rows).

ALTER TABLE customer_order ADD COLUMN coupons_counted BOOLEAN NOT NULL DEFAULT FALSE AFTER hold_until;
CREATE INDEX ix_order_hold_until ON customer_order (hold_until);
DROP INDEX ix_order_hold ON customer_order;
