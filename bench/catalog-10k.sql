-- Benchmark catalog: 10,000 products on top of the demo store (ids from 100000), generated in SQL so that it
-- loads in seconds on MySQL 8 and MariaDB alike (numbers from a cross join of digits, no recursion limits):
--   8,000 simple products (every 5th on sale, every 7th with unmanaged stock),
--   2,000 variable products with 4 variations each (pa_color x pa_size, the demo's global attributes),
--   50 categories (10 parents with 4 children each), 100 tags; each product has 1 category, 2 tags, 1 image.
-- Load:   bench/run-benchmark.sh does it, or: mariadb -h127.0.0.1 -P3307 -uroot headlesscart < bench/catalog-10k.sql

INSERT INTO category (id, parent_id, name, slug, description, menu_order)
WITH d AS (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
     n AS (SELECT a.x + 10 * b.x + 100 * c.x + 1000 * e.x + 1 AS i FROM d a, d b, d c, d e)

SELECT 1000 + i, CASE WHEN i <= 10 THEN NULL ELSE 1000 + ((i - 11) DIV 4) + 1 END,
       CONCAT('Bench Category ', i), CONCAT('bench-category-', i), '', i
FROM n WHERE i <= 50;

INSERT INTO tag (id, name, slug, description)
WITH d AS (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
     n AS (SELECT a.x + 10 * b.x + 100 * c.x + 1000 * e.x + 1 AS i FROM d a, d b, d c, d e)
SELECT 1000 + i, CONCAT('Bench Tag ', i), CONCAT('bench-tag-', i), '' FROM n WHERE i <= 100;

INSERT INTO product (id, type, sku, slug, name, description, short_description, regular_price_minor,
                     sale_price_minor, manage_stock, stock_quantity, stock_status, weight, created_at, modified_at)
WITH d AS (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
     n AS (SELECT a.x + 10 * b.x + 100 * c.x + 1000 * e.x + 1 AS i FROM d a, d b, d c, d e)
SELECT 100000 + i,
       CASE WHEN i % 5 = 0 THEN 'variable' ELSE 'simple' END,
       CONCAT('BENCH-', i), CONCAT('bench-product-', i), CONCAT('Bench Product ', i),
       CONCAT('<p>Description of bench product ', i, '.</p>'), CONCAT('Bench product ', i),
       CASE WHEN i % 5 = 0 THEN NULL ELSE 500 + (i % 200) * 25 END,
       CASE WHEN i % 5 = 0 OR i % 5 <> 1 THEN NULL ELSE 400 + (i % 200) * 20 END,
       CASE WHEN i % 5 = 0 OR i % 7 = 0 THEN FALSE ELSE TRUE END,
       CASE WHEN i % 5 = 0 OR i % 7 = 0 THEN NULL ELSE 10 + i % 90 END,
       'instock', 0.5,
       TIMESTAMP('2026-02-01 00:00:00') + INTERVAL i MINUTE, TIMESTAMP('2026-02-01 00:00:00') + INTERVAL i MINUTE
FROM n;

-- 4 variations per variable product: ids 200000 + 4 * k + v for the k-th product (ids divisible by 5).
INSERT INTO product (id, parent_id, type, sku, slug, name, description, short_description, regular_price_minor,
                     manage_stock, stock_quantity, stock_status, created_at, modified_at)
WITH d AS (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
     n AS (SELECT a.x + 10 * b.x + 100 * c.x + 1000 * e.x AS i FROM d a, d b, d c, d e)
SELECT 200000 + i, 100000 + ((i DIV 4) + 1) * 5, 'variation', CONCAT('BENCH-V-', i), CONCAT('bench-variation-', i),
       CONCAT('Bench Product ', ((i DIV 4) + 1) * 5, ' - ', CASE WHEN i % 4 < 2 THEN 'Red' ELSE 'Blue' END, ', ',
              CASE WHEN i % 2 = 0 THEN 'Small' ELSE 'Large' END),
       '', '', 3000 + (i % 4) * 200, TRUE, 20, 'instock',
       TIMESTAMP('2026-02-01 00:00:00'), TIMESTAMP('2026-02-01 00:00:00')
FROM n WHERE i < 8000;

INSERT INTO variation_attribute (variation_id, name, value)
SELECT id, 'pa_color', CASE WHEN (id - 200000) % 4 < 2 THEN 'red' ELSE 'blue' END FROM product WHERE id >= 200000;
INSERT INTO variation_attribute (variation_id, name, value)
SELECT id, 'pa_size', CASE WHEN (id - 200000) % 2 = 0 THEN 'small' ELSE 'large' END FROM product WHERE id >= 200000;

INSERT INTO product_attribute (product_id, attribute_id, name, position, visible, used_for_variations)
SELECT id, 1, 'pa_color', 0, TRUE, TRUE FROM product WHERE id BETWEEN 100001 AND 110000 AND type = 'variable';
INSERT INTO product_attribute (product_id, attribute_id, name, position, visible, used_for_variations)
SELECT id, 2, 'pa_size', 1, TRUE, TRUE FROM product WHERE id BETWEEN 100001 AND 110000 AND type = 'variable';
INSERT INTO product_attribute_value (product_attribute_id, position, value)
SELECT id, 0, CASE WHEN name = 'pa_color' THEN 'red' ELSE 'small' END FROM product_attribute WHERE product_id > 100000;
INSERT INTO product_attribute_value (product_attribute_id, position, value)
SELECT id, 1, CASE WHEN name = 'pa_color' THEN 'blue' ELSE 'large' END FROM product_attribute WHERE product_id > 100000;

INSERT INTO product_category (product_id, category_id)
SELECT id, 1011 + (id % 40) FROM product WHERE id BETWEEN 100001 AND 110000;
INSERT INTO product_tag (product_id, tag_id)
SELECT id, 1001 + (id % 100) FROM product WHERE id BETWEEN 100001 AND 110000;
INSERT INTO product_tag (product_id, tag_id)
SELECT id, 1001 + ((id DIV 100) % 100) FROM product WHERE id BETWEEN 100001 AND 110000 AND (id % 100) <> ((id DIV 100) % 100);
INSERT INTO product_image (product_id, position, src, name, alt)
SELECT id, 0, CONCAT('https://cdn.example.com/bench/', slug, '.jpg'), name, name FROM product
WHERE id BETWEEN 100001 AND 110000;
