-- Catalog, version 3: WooCommerce's product shipping classes (taxonomy product_shipping_class), which flat-rate
-- shipping prices "per shipping class". A product has at most one; a variation without one ships in its parent's
-- ("same as parent"). Deleting a class leaves its products without one, as WordPress deletes the term's links.

CREATE TABLE shipping_class (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_shipping_class_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE product
    ADD COLUMN shipping_class_id BIGINT NULL,
    ADD CONSTRAINT fk_product_shipping_class FOREIGN KEY (shipping_class_id) REFERENCES shipping_class (id)
        ON DELETE SET NULL;
