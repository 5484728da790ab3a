-- Watches (issue 6): the public sources collected on a schedule, with the cursor of each. The cursor is
-- opaque to the store (the connector's "newest id seen") and is updated in the same transaction as the
-- posts it covers. No credentials are ever stored here.
CREATE TABLE watches (
    id               text        PRIMARY KEY,   -- platform:target
    platform         text        NOT NULL,
    target           text        NOT NULL,
    interval_seconds integer     NOT NULL,
    enabled          boolean     NOT NULL DEFAULT true,
    added_at         timestamptz NOT NULL,
    cursor           text,
    cursor_at        timestamptz,
    last_run_at      timestamptz,
    last_outcome     text
);
