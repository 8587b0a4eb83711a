-- Cart module, version 5: carts and identity (issue 5 part 4, contract §6.1-6.4, decision 7). (V4 belongs to the
-- JWT work that runs at the same time.) Guests' and logged-in customers' carts have different windows, so each
-- cart keeps its own "expiring" time beside its expiry: the sessions admin then classifies every cart by its own
-- windows with two range conditions, whatever the windows are configured to later.

ALTER TABLE cart ADD COLUMN expiring_at DATETIME(6) NULL AFTER modified_at;

-- Every cart so far was a guest's, written with the guest window of one day.
UPDATE cart SET expiring_at = modified_at + INTERVAL 1 DAY;

ALTER TABLE cart MODIFY expiring_at DATETIME(6) NOT NULL;

CREATE INDEX ix_cart_expiring ON cart (expiring_at);
CREATE INDEX ix_cart_user ON cart (user_id);
