-- Console render benchmark (issue 20): 100,000 guest carts of realistic shape in the run store's database, generated
-- in SQL (set-based, seconds on MariaDB and MySQL 8; numbers from a cross join of digits, no recursion limits):
--   60% active (last write within a day), 25% expiring (1 to 2 days ago), 15% expired (2 to 6.6 days ago, not yet
--   deleted by the cleanup timer, which deletes up to 10,000 expired carts an hour at its defaults);
--   created up to 2 hours before their last write, so creations spread over the last 7 days;
--   40% with a billing name and e-mail (shopperN@bench.example); 1 to 5 lines each of distinct simple products
--   in stock (the demo store's, and the bench catalog's when bench/catalog-10k.sql is loaded), quantity 1 to 3;
--   total_minor is what the lines come to at the products' current prices (no tax, no coupons).
-- Times are UTC as the application stores them, relative to now, with the guest windows' defaults (expiring after
-- 1 day, expiring after 2). Re-runnable: the carts of an earlier run (keys t_beefc0…) are deleted first.
-- Load:   bench/seed-carts-100k.sh does it, or: mariadb -h127.0.0.1 -P3307 -uroot headlesscart < bench/carts-100k.sql

DELETE FROM cart WHERE cart_key LIKE 't!_beefc0%' ESCAPE '!';

-- Distinct products per cart need as many products as lines: at most 5, fewer if the catalog has fewer.
SET @products := (SELECT COUNT(*) FROM product WHERE type = 'simple' AND status = 'publish'
                  AND stock_status = 'instock' AND regular_price_minor > 0);
SET @max_lines := LEAST(5, @products);

INSERT INTO cart (cart_key, user_id, source, created_at, modified_at, expiring_at, expires_at, next_position,
                  total_minor, version, billing_first_name, billing_last_name, billing_email)
WITH d AS (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
     n AS (SELECT a.x + 10 * b.x + 100 * c.x + 1000 * e.x + 10000 * f.x + 1 AS i FROM d a, d b, d c, d e, d f),
     t AS (SELECT i, UTC_TIMESTAMP(6) - INTERVAL (CASE WHEN i % 20 < 12 THEN (i * 7919) % 86000
                                                       WHEN i % 20 < 17 THEN 86460 + (i * 7919) % 86000
                                                       ELSE 172860 + (i * 7919) % 400000 END) SECOND AS modified
           FROM n)
SELECT CONCAT('t_beefc0', LPAD(LOWER(HEX(i)), 24, '0')), NULL, 'cocart',
       modified - INTERVAL ((i * 104729) % 7200) SECOND, modified, modified + INTERVAL 1 DAY, modified + INTERVAL 2 DAY,
       1 + CRC32(CONCAT('lines', i)) % @max_lines, 0, 0,
       CASE WHEN CRC32(CONCAT('email', i)) % 5 < 2 THEN ELT(1 + i % 8, 'Ada', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hugo') ELSE '' END,
       CASE WHEN CRC32(CONCAT('email', i)) % 5 < 2 THEN ELT(1 + (i DIV 8) % 6, 'Martin', 'Okafor', 'Rossi', 'Schmidt', 'Tanaka', 'Walsh') ELSE '' END,
       CASE WHEN CRC32(CONCAT('email', i)) % 5 < 2 THEN CONCAT('shopper', i, '@bench.example') ELSE '' END
FROM t;

-- next_position is the number of lines for now; each cart's k-th line is the ((id + k) mod @products)-th product.
INSERT INTO cart_item (cart_id, item_key, product_id, variation_id, quantity, variation_json, item_data_json,
                       custom_price_minor, removed, position)
WITH k AS (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4),
     p AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS idx FROM product
           WHERE type = 'simple' AND status = 'publish' AND stock_status = 'instock' AND regular_price_minor > 0)
SELECT c.id, MD5(p.id), p.id, 0, 1 + (c.id + k.k) % 3, '{}', '{}', NULL, FALSE, k.k
FROM cart c JOIN k ON k.k < c.next_position JOIN p ON p.idx = (c.id + k.k) % @products
WHERE c.cart_key LIKE 't!_beefc0%' ESCAPE '!';

UPDATE cart c
JOIN (SELECT i.cart_id, ROUND(SUM(i.quantity * COALESCE(p.sale_price_minor, p.regular_price_minor))) AS total
      FROM cart_item i JOIN cart c2 ON c2.id = i.cart_id JOIN product p ON p.id = i.product_id
      WHERE c2.cart_key LIKE 't!_beefc0%' ESCAPE '!' GROUP BY i.cart_id) s ON s.cart_id = c.id
SET c.total_minor = s.total;
