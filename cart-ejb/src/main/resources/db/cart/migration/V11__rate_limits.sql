-- Cart module, version 11: request-rate limits shared by every node (issue 21 item 3; docs/rate-limits.md).
-- One row per limited group and client (the signed-in user's id, else the client address): the fixed window it is
-- counting in, as epoch seconds aligned to the group's window length, and the requests counted in it. Each limited
-- request is one INSERT ... ON DUPLICATE KEY UPDATE on the primary key that opens, or counts in, the window and hands
-- back the count (RateLimitStore); rows whose window has ended are deleted by RateLimitPurge through the index.
CREATE TABLE rate_limit (
    bucket       VARCHAR(190) NOT NULL,   -- group, a space, then "user <id>" or "address <ip>"
    window_start BIGINT       NOT NULL,   -- epoch second the counted window began
    window_end   BIGINT       NOT NULL,   -- epoch second it ends (window_start + the group's window)
    hits         INT          NOT NULL,   -- requests counted in the window, refused ones included
    PRIMARY KEY (bucket),
    KEY ix_rate_limit_window_end (window_end)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
