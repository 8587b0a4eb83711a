-- Catalog, version 4 (platform): leases for the jobs that must run once per cluster (cart cleanup, stock hold
-- release, the webhook relay): one row per job, held by one node until expires_at, taken over by another node only
-- after that (ClusterLeases). Times are the database's own clock, so node clocks never compete.
CREATE TABLE cluster_lease (
    name       VARCHAR(100) NOT NULL,
    holder     VARCHAR(200) NOT NULL,   -- ClusterLeases.node() of the holder; '' for none
    expires_at DATETIME(3)  NOT NULL,   -- UTC, the database's clock
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
