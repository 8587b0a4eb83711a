-- Catalog, version 2: indexes for the list's default order and its count, and the catalog revision that response
-- caches check. Measured on the 10,000-product benchmark catalog: the first page sorted by date went from 23 ms
-- (filesort of every row) to under 1 ms (backward scan of ix_product_catalog).

CREATE INDEX ix_product_catalog ON product (status, created_at, id);
CREATE INDEX ix_product_scope ON product (status, type, visibility);
DROP INDEX ix_product_listing ON product;

-- One row: bumped in the same transaction as every catalog write (import, admin API), so that any instance can
-- tell in one primary-key read whether what it cached is still current.
CREATE TABLE catalog_revision (
    id         TINYINT     NOT NULL,
    revision   BIGINT      NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO catalog_revision (id, revision, changed_at) VALUES (1, 0, UTC_TIMESTAMP(6));
