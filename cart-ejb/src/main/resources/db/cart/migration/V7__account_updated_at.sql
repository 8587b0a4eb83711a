-- Cart module, version 7: when an account last changed, for the admin customers API's date_modified
-- (WooCommerce's customer object). Existing accounts last changed when they were made.
ALTER TABLE user_account ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE user_account SET updated_at = created_at;
ALTER TABLE user_account MODIFY updated_at DATETIME(6) NOT NULL;
