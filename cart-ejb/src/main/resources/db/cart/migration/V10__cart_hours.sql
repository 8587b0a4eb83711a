-- Cart module, version 10: the operators' 7-day cart charts (issue 20, console dashboard). The cleanup timer deletes
-- carts within the hour after they expire, so before it deletes a batch it folds what the charts count of them into
-- one row per UTC hour: how many deleted carts were created in that hour, and how many of them expired in it with a
-- value (abandoned: a cart that became an order was emptied at checkout). Carts still stored are counted from their
-- own rows; the two add up. Rows older than the charts need are deleted by the same timer.
CREATE TABLE cart_hour (
    hour_start DATETIME(6) NOT NULL,   -- UTC, the first instant of the hour
    created    BIGINT      NOT NULL DEFAULT 0,
    abandoned  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (hour_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Carts created per hour are counted from their creation time. The console sorts carts by creation, expiry,
-- e-mail or value: an index each (expiry and e-mail have one), so a sorted page reads its rows in index order
-- rather than sorting every cart of the status (100,000 carts by value: 870 ms sorted, 2 ms by the index).
CREATE INDEX ix_cart_created ON cart (created_at);
CREATE INDEX ix_cart_total ON cart (total_minor);
