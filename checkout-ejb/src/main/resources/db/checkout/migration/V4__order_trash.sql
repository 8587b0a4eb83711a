-- Orders staff moved to the trash (wc/v3/orders DELETE without force=true), as WordPress trashes a post: the order
-- keeps its status, which an untrash gives back; listed only under status=trash. A table of its own, so that the
-- order row and every status rule stay as they are.
CREATE TABLE order_trash (
    order_id              BIGINT       NOT NULL,
    trashed_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (order_id),
    CONSTRAINT fk_trash_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
