-- Growth benchmark (issue 21): one chunk of up to 100,000 guest carts in the run store's database, numbered
-- @from + 1 to @from + @n (keys t_c0ffee…, so a chunk run twice fails on the unique key instead of doubling).
-- bench/run-growth-benchmark.sh sets @from and @n and runs it chunk by chunk up to 10,000, 100,000 and 1,000,000
-- carts: each chunk is its own transaction, so no seed holds a million rows' undo. Set-based (a cross join of
-- digits, no recursion limits): 5 s for 100,000 carts, 76 s for a million on the 2-core machine, busy with others.
-- Carts are live: last written within the last 22 hours, created up to 2 hours before, expiring a day and expiring
-- for good two days after their last write (the guest windows' defaults), 1 to 3 lines each of distinct simple
-- products in stock, quantity 1 to 3, no e-mail; total_minor stays 0 (no route of the benchmark reads these carts,
-- and the cleanup folds a cart into the hourly counts whatever its value). The script then ages them all to
-- expired, in one statement, for the cleanup run.

SET @products := (SELECT COUNT(*) FROM product WHERE type = 'simple' AND status = 'publish'
                  AND stock_status = 'instock' AND regular_price_minor > 0);
SET @max_lines := LEAST(3, @products);
SET @first_id := (SELECT COALESCE(MAX(id), 0) FROM cart);

INSERT INTO cart (cart_key, user_id, source, created_at, modified_at, expiring_at, expires_at, next_position,
                  total_minor, version)
WITH d AS (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
     k AS (SELECT a.x + 10 * b.x + 100 * c.x + 1000 * e.x + 10000 * f.x AS k FROM d a, d b, d c, d e, d f),
     t AS (SELECT @from + k + 1 AS i,
                  UTC_TIMESTAMP(6) - INTERVAL ((@from + k) * 7919 % 79200) SECOND AS modified
           FROM k WHERE k < @n)
SELECT CONCAT('t_c0ffee', LPAD(LOWER(HEX(i)), 24, '0')), NULL, 'cocart',
       modified - INTERVAL ((i * 104729) % 7200) SECOND, modified, modified + INTERVAL 1 DAY, modified + INTERVAL 2 DAY,
       1 + CRC32(CONCAT('lines', i)) % @max_lines, 0, 0
FROM t;

-- next_position is the number of lines for now; each cart's k-th line is the ((id + k) mod @products)-th product.
INSERT INTO cart_item (cart_id, item_key, product_id, variation_id, quantity, variation_json, item_data_json,
                       custom_price_minor, removed, position)
WITH k AS (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2),
     p AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS idx FROM product
           WHERE type = 'simple' AND status = 'publish' AND stock_status = 'instock' AND regular_price_minor > 0)
SELECT c.id, MD5(p.id), p.id, 0, 1 + (c.id + k.k) % 3, '{}', '{}', NULL, FALSE, k.k
FROM cart c JOIN k ON k.k < c.next_position JOIN p ON p.idx = (c.id + k.k) % @products
WHERE c.id > @first_id AND c.cart_key LIKE 't!_c0ffee%' ESCAPE '!';
