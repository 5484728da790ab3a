-- Watches (issue 6): the public sources collected on a schedule, with the cursor of each. The cursor is
-- opaque to the store (the connector's "newest id seen") and is updated in the same transaction as the
-- posts it covers. No credentials are ever stored here. Times are Unix milliseconds, UTC.
CREATE TABLE watches (
    id               TEXT    PRIMARY KEY,   -- platform:target
    platform         TEXT    NOT NULL,
    target           TEXT    NOT NULL,
    interval_seconds INTEGER NOT NULL,
    enabled          INTEGER NOT NULL DEFAULT 1,
    added_at         INTEGER NOT NULL,
    cursor           TEXT,
    cursor_at        INTEGER,
    last_run_at      INTEGER,
    last_outcome     TEXT
);
