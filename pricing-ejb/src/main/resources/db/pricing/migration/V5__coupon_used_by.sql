-- Pricing module, version 5: a coupon's used_by entries as rows, one per use, as WooCommerce keeps its _used_by
-- post meta. One text value grew with every order placed with the coupon and was read and written whole by each
-- of them: a popular coupon made every checkout slower, and at about 4,000 uses its 64 KB TEXT was full and every
-- order with it failed. Now a use is one INSERT, taking it back one DELETE, a per-user limit one indexed COUNT.

CREATE TABLE coupon_used_by (
    id          BIGINT        NOT NULL AUTO_INCREMENT,   -- the order of the uses: the last one is taken back
    coupon_id   BIGINT        NOT NULL,
    entry       VARCHAR(254)  COLLATE utf8mb4_bin NOT NULL,  -- user id, else billing e-mail (lower-case); exact
    PRIMARY KEY (id),
    KEY ix_coupon_used_by_entry (coupon_id, entry),
    CONSTRAINT fk_coupon_used_by_coupon FOREIGN KEY (coupon_id) REFERENCES coupon (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The entries kept so far, in their order (JSON_TABLE: MySQL 8 and MariaDB 10.6 alike; the text made a JSON array).
INSERT INTO coupon_used_by (coupon_id, entry)
SELECT c.id, LEFT(j.entry, 254)
  FROM coupon c,
       JSON_TABLE(CONCAT('["', REPLACE(REPLACE(REPLACE(c.used_by, '\\', '\\\\'), '"', '\\"'), '\n', '","'), '"]'),
                  '$[*]' COLUMNS (n FOR ORDINALITY, entry VARCHAR(1000) PATH '$')) j
 WHERE c.used_by <> '' AND j.entry <> ''
 ORDER BY c.id, j.n;

-- The old column stays, empty and unmapped (the demo data's first migration, applied after these, still names it).
ALTER TABLE coupon MODIFY used_by TEXT NULL;
UPDATE coupon SET used_by = NULL;
