-- Demo store: loaded once by the run command when headlesscart.demo.enabled=true (db/catalog/demo migrations).
-- Ids, names, slugs, SKUs, prices and stock match the reference store of the wire contract captures.

-- ---------------------------------------------------------------------------------------------------------
-- Categories (Clothing > T-Shirts, Hoodies; Accessories, Music, Decor, Uncategorized at the top level)
-- ---------------------------------------------------------------------------------------------------------

INSERT INTO category (id, parent_id, name, slug, description, image_src, menu_order) VALUES
    (15, NULL, 'Uncategorized', 'uncategorized', '', NULL, 0),
    (16, NULL, 'Clothing',      'clothing',      '', NULL, 0),
    (17, 16,   'T-Shirts',      't-shirts',      '', NULL, 0),
    (18, 16,   'Hoodies',       'hoodies',       '', NULL, 0),
    (19, NULL, 'Accessories',   'accessories',   '', NULL, 0),
    (20, NULL, 'Music',         'music',         '', NULL, 0),
    (21, NULL, 'Decor',         'decor',         '', NULL, 0);

-- ---------------------------------------------------------------------------------------------------------
-- Tags
-- ---------------------------------------------------------------------------------------------------------

INSERT INTO tag (id, name, slug, description) VALUES
    (21, 'Summer', 'summer', ''),
    (22, 'Sale',   'sale',   ''),
    (23, 'New',    'new',    ''),
    (24, 'Cotton', 'cotton', ''),
    (25, 'Gift',   'gift',   '');

-- ---------------------------------------------------------------------------------------------------------
-- Global attributes and their terms (term order falls back to the name, as in the captures: Blue, Red)
-- ---------------------------------------------------------------------------------------------------------

INSERT INTO attribute (id, name, slug, type, order_by, has_archives) VALUES
    (1, 'Color', 'pa_color', 'select', 'menu_order', FALSE),
    (2, 'Size',  'pa_size',  'select', 'menu_order', FALSE);

INSERT INTO attribute_term (id, attribute_id, name, slug, description, menu_order) VALUES
    (1, 1, 'Red',   'red',   '', 0),
    (2, 1, 'Blue',  'blue',  '', 0),
    (3, 2, 'Small', 'small', '', 0),
    (4, 2, 'Large', 'large', '', 0);

-- ---------------------------------------------------------------------------------------------------------
-- Products (prices in cents; created_at increases with the id so newest-first ordering is deterministic)
-- ---------------------------------------------------------------------------------------------------------

-- Simple products and the variable Hoodie.
INSERT INTO product (id, parent_id, type, sku, slug, name, description, short_description,
                     regular_price_minor, sale_price_minor, manage_stock, stock_quantity, stock_status,
                     weight, length, width, height, created_at, modified_at) VALUES
    (10, NULL, 'simple', 'TSHIRT-BASIC', 'basic-t-shirt', 'Basic T-Shirt',
        'A plain cotton t-shirt.', 'Plain cotton tee.',
        2000, NULL, TRUE, 50, 'instock',
        0.2000, 30.0000, 30.0000, 1.0000, '2026-01-05 10:00:00.000000', '2026-01-05 10:00:00.000000'),
    (11, NULL, 'simple', 'CAP-01', 'baseball-cap', 'Baseball Cap',
        'Adjustable baseball cap.', 'A cap.',
        1800, 1500, TRUE, 30, 'instock',
        NULL, NULL, NULL, NULL, '2026-01-05 10:01:00.000000', '2026-01-05 10:01:00.000000'),
    (12, NULL, 'simple', 'ALBUM-01', 'vinyl-album', 'Vinyl Album',
        'A 12 inch vinyl record.', 'Vinyl LP.',
        2500, NULL, FALSE, NULL, 'instock',
        0.3000, 30.0000, 30.0000, 1.0000, '2026-01-05 10:02:00.000000', '2026-01-05 10:02:00.000000'),
    (13, NULL, 'simple', 'POSTER-OOS', 'sold-out-poster', 'Sold Out Poster',
        'A poster that is out of stock.', 'Out of stock.',
        1000, NULL, FALSE, NULL, 'outofstock',
        NULL, NULL, NULL, NULL, '2026-01-05 10:03:00.000000', '2026-01-05 10:03:00.000000'),
    (14, NULL, 'variable', 'HOODIE', 'hoodie', 'Hoodie',
        'A warm hoodie in two colours and two sizes.', 'Warm hoodie.',
        NULL, NULL, FALSE, NULL, 'instock',
        NULL, NULL, NULL, NULL, '2026-01-05 10:04:00.000000', '2026-01-05 10:04:00.000000');

-- The Hoodie's variations, in the order the captures show (Red/Small, Red/Large, Blue/Small, Blue/Large).
INSERT INTO product (id, parent_id, type, sku, slug, name, description, short_description,
                     regular_price_minor, sale_price_minor, manage_stock, stock_quantity, stock_status,
                     created_at, modified_at) VALUES
    (15, 14, 'variation', 'HOODIE-RED-S',  'hoodie-red-small',  'Hoodie - Red, Small',  '', '',
        4000, NULL, TRUE, 10, 'instock', '2026-01-05 10:05:00.000000', '2026-01-05 10:05:00.000000'),
    (16, 14, 'variation', 'HOODIE-RED-L',  'hoodie-red-large',  'Hoodie - Red, Large',  '', '',
        4200, NULL, TRUE, 10, 'instock', '2026-01-05 10:06:00.000000', '2026-01-05 10:06:00.000000'),
    (17, 14, 'variation', 'HOODIE-BLUE-S', 'hoodie-blue-small', 'Hoodie - Blue, Small', '', '',
        4400, NULL, TRUE, 10, 'instock', '2026-01-05 10:07:00.000000', '2026-01-05 10:07:00.000000'),
    (18, 14, 'variation', 'HOODIE-BLUE-L', 'hoodie-blue-large', 'Hoodie - Blue, Large', '', '',
        4600, NULL, TRUE, 10, 'instock', '2026-01-05 10:08:00.000000', '2026-01-05 10:08:00.000000');

-- The grouped Starter Bundle (its price comes from its children) and the products added beyond the reference.
INSERT INTO product (id, parent_id, type, sku, slug, name, description, short_description,
                     regular_price_minor, sale_price_minor, manage_stock, stock_quantity, stock_status,
                     is_virtual, weight, length, width, height, external_url, button_text,
                     created_at, modified_at) VALUES
    (19, NULL, 'grouped', 'BUNDLE-01', 'starter-bundle', 'Starter Bundle',
        'Group of t-shirt and cap.', '',
        NULL, NULL, FALSE, NULL, 'instock',
        FALSE, NULL, NULL, NULL, NULL, NULL, NULL,
        '2026-01-05 10:09:00.000000', '2026-01-05 10:09:00.000000'),
    (20, NULL, 'simple', 'TOTE-CANVAS', 'canvas-tote-bag', 'Canvas Tote Bag',
        '<p>A sturdy cotton canvas tote with long handles, big enough for groceries or records.</p>',
        'Cotton canvas tote.',
        1200, NULL, TRUE, 25, 'instock',
        FALSE, 0.1500, 40.0000, 35.0000, 1.0000, NULL, NULL,
        '2026-01-05 10:10:00.000000', '2026-01-05 10:10:00.000000'),
    (21, NULL, 'external', 'GIFTCARD-PARTNER', 'gift-card-at-partner-store', 'Gift Card at Partner Store',
        '<p>A gift card sold and delivered by our partner store.</p>',
        'Gift card, sold by our partner.',
        5000, NULL, FALSE, NULL, 'instock',
        TRUE, NULL, NULL, NULL, NULL, 'https://partner.example.com/gift-card', 'Buy at partner',
        '2026-01-05 10:11:00.000000', '2026-01-05 10:11:00.000000');

-- ---------------------------------------------------------------------------------------------------------
-- The Hoodie's attributes and what each variation fixes
-- ---------------------------------------------------------------------------------------------------------

INSERT INTO product_attribute (id, product_id, attribute_id, name, position, visible, used_for_variations) VALUES
    (1, 14, 1, 'pa_color', 0, TRUE, TRUE),
    (2, 14, 2, 'pa_size',  1, TRUE, TRUE);

INSERT INTO product_attribute_value (product_attribute_id, position, value) VALUES
    (1, 0, 'blue'),
    (1, 1, 'red'),
    (2, 0, 'large'),
    (2, 1, 'small');

INSERT INTO variation_attribute (variation_id, name, value) VALUES
    (15, 'pa_color', 'red'),
    (15, 'pa_size',  'small'),
    (16, 'pa_color', 'red'),
    (16, 'pa_size',  'large'),
    (17, 'pa_color', 'blue'),
    (17, 'pa_size',  'small'),
    (18, 'pa_color', 'blue'),
    (18, 'pa_size',  'large');

-- ---------------------------------------------------------------------------------------------------------
-- Grouped children
-- ---------------------------------------------------------------------------------------------------------

INSERT INTO product_link (product_id, kind, linked_id, position) VALUES
    (19, 'grouped', 10, 0),
    (19, 'grouped', 11, 1);

-- ---------------------------------------------------------------------------------------------------------
-- Categories and tags of the products (variations take their parent's)
-- ---------------------------------------------------------------------------------------------------------

INSERT INTO product_category (product_id, category_id) VALUES
    (10, 17),
    (11, 19),
    (12, 20),
    (13, 19),
    (14, 18),
    (19, 16),
    (20, 19),
    (21, 15);

INSERT INTO product_tag (product_id, tag_id) VALUES
    (10, 21),
    (11, 21),
    (11, 22),
    (12, 23),
    (14, 23),
    (20, 24),
    (20, 25),
    (21, 25);

-- ---------------------------------------------------------------------------------------------------------
-- Images (one per product; variations show their parent's)
-- ---------------------------------------------------------------------------------------------------------

INSERT INTO product_image (id, product_id, position, src, name, alt) VALUES
    (10, 10, 0, 'https://demo.headlesscart.org/images/basic-t-shirt.jpg',              'Basic T-Shirt',              'Basic T-Shirt'),
    (11, 11, 0, 'https://demo.headlesscart.org/images/baseball-cap.jpg',               'Baseball Cap',               'Baseball Cap'),
    (12, 12, 0, 'https://demo.headlesscart.org/images/vinyl-album.jpg',                'Vinyl Album',                'Vinyl Album'),
    (13, 13, 0, 'https://demo.headlesscart.org/images/sold-out-poster.jpg',            'Sold Out Poster',            'Sold Out Poster'),
    (14, 14, 0, 'https://demo.headlesscart.org/images/hoodie.jpg',                     'Hoodie',                     'Hoodie'),
    (19, 19, 0, 'https://demo.headlesscart.org/images/starter-bundle.jpg',             'Starter Bundle',             'Starter Bundle'),
    (20, 20, 0, 'https://demo.headlesscart.org/images/canvas-tote-bag.jpg',            'Canvas Tote Bag',            'Canvas Tote Bag'),
    (21, 21, 0, 'https://demo.headlesscart.org/images/gift-card-at-partner-store.jpg', 'Gift Card at Partner Store', 'Gift Card at Partner Store');

-- ---------------------------------------------------------------------------------------------------------
-- Reviews
-- ---------------------------------------------------------------------------------------------------------

INSERT INTO review (id, product_id, reviewer, reviewer_email, review, rating, verified, status, created_at) VALUES
    (1, 10, 'Jane Doe',   'customer@example.com', 'Soft, fits true to size and survived many washes.', 5, TRUE, 'approved',
        '2026-01-06 09:30:00.000000'),
    (2, 10, 'Alex Smith', 'alex@example.com',     'Good everyday tee; a little thin but comfortable.',  4, TRUE, 'approved',
        '2026-01-07 14:15:00.000000');
