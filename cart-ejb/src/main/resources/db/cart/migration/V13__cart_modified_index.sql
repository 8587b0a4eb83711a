-- Cart module, version 13: the cart.abandoned scan of the webhook relay (docs/webhooks.md) reads the carts changed in
-- a window of modified_at, every relay run while a webhook listens to cart.abandoned. Without an index that is a
-- scan of the whole cart table every few seconds; with it, a range read of the carts in the window. Every cart write
-- changes modified_at, so the index costs each write one secondary-index entry.
CREATE INDEX ix_cart_modified ON cart (modified_at);
