-- Events counted by sliding-window rate limits (e.g. sign-ups per IP).
-- In the database, not in memory, so every node behind a load balancer
-- counts the same events.
CREATE TABLE rate_limit_events (
    id      INTEGER PRIMARY KEY,
    bucket  TEXT    NOT NULL,
    subject TEXT    NOT NULL,
    at      BIGINT  NOT NULL
);
CREATE INDEX rate_limit_events_lookup ON rate_limit_events (bucket, subject, at);

-- One row per (bucket, subject), upserted at the start of each check: its row
-- lock serializes concurrent checks for the same subject, so the count is
-- exact on PostgreSQL too (SQLite serializes writers already).
CREATE TABLE rate_limit_subjects (
    bucket  TEXT    NOT NULL,
    subject TEXT    NOT NULL,
    last_at BIGINT  NOT NULL,
    PRIMARY KEY (bucket, subject)
);
