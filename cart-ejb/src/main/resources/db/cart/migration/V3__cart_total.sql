-- Cart module, version 3: the cart's total at its last write, in minor units, so that operators' insights (how
-- much value sits in active, expiring and expired carts) are one aggregate query instead of pricing every cart.
ALTER TABLE cart ADD COLUMN total_minor BIGINT NOT NULL DEFAULT 0 AFTER next_position;
