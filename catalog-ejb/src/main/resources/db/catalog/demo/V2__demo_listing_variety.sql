-- Demo store, part 2: the variety the products list's filters and orderings need (contract §5.3), without changing
-- what the default list shows: the same eight products, newest first.

-- Visibility: the tote bag shows in the shop only, the gift card in search results only; both are still listed by
-- default (which hides only hidden products). Their category/tag counts follow WooCommerce: "search" is left out.
UPDATE product SET visibility = 'catalog' WHERE id = 20;
UPDATE product SET visibility = 'search'  WHERE id = 21;

-- A featured product and sales figures (popularity / sales ordering).
UPDATE product SET featured = TRUE WHERE id = 12;
UPDATE product SET total_sales = 25 WHERE id = 10;
UPDATE product SET total_sales = 40 WHERE id = 11;
UPDATE product SET total_sales = 5  WHERE id = 12;

-- A free, hidden product: listed only with catalog_visibility=hidden or any, and dropped again by hide_free.
INSERT INTO product (id, parent_id, type, sku, slug, name, description, short_description, visibility,
                     regular_price_minor, sale_price_minor, manage_stock, stock_quantity, stock_status,
                     is_virtual, created_at, modified_at) VALUES
    (22, NULL, 'simple', 'STICKER-FREE', 'free-sticker', 'Free Sticker',
        'A sticker given away with orders.', 'Free sticker.', 'hidden',
        0, NULL, FALSE, NULL, 'instock',
        TRUE, '2026-01-05 10:12:00.000000', '2026-01-05 10:12:00.000000');

INSERT INTO product_category (product_id, category_id) VALUES (22, 15);

-- More reviews. Average ratings: 10 = 4.5 (rated-5 in WooCommerce's rounding), 11 = 3, 12 = 3.5 (rated-4);
-- 13 has one review without a rating (review_count 1, no rating); 20's only review is unapproved.
INSERT INTO review (id, product_id, reviewer, reviewer_email, review, rating, verified, status, created_at) VALUES
    (3, 11, 'Alex Smith', 'alex@example.com',     'Fits, but the strap feels cheap.',               3, TRUE,  'approved',
        '2026-01-08 08:00:00.000000'),
    (4, 12, 'Jane Doe',   'customer@example.com', 'Warped on arrival; the replacement was fine.',   2, TRUE,  'approved',
        '2026-01-08 09:00:00.000000'),
    (5, 12, 'Sam Lee',    'sam@example.com',      'Great pressing, quiet surfaces.',                5, FALSE, 'approved',
        '2026-01-08 10:00:00.000000'),
    (6, 13, 'Sam Lee',    'sam@example.com',      'Will it ever be back in stock?',                 0, FALSE, 'approved',
        '2026-01-08 11:00:00.000000'),
    (7, 20, 'Spam Bot',   'spam@example.com',     'Buy followers at example.net',                   1, FALSE, 'hold',
        '2026-01-08 12:00:00.000000');
