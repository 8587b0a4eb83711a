-- Cart module, version 9: what a cart keeps for its pricing (COCART-PLUS §3): its applied coupon codes in order,
-- its fees and its chosen shipping rate per package. Small JSON documents on the cart row, so that loading or
-- locking a cart stays the one statement it is, with no extra query per request; NULL is "none".
ALTER TABLE cart ADD COLUMN coupons_json TEXT NULL AFTER total_minor;
ALTER TABLE cart ADD COLUMN fees_json TEXT NULL AFTER coupons_json;
ALTER TABLE cart ADD COLUMN chosen_rates_json TEXT NULL AFTER fees_json;
