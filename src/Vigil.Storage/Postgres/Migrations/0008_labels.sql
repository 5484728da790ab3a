-- Analysts' category corrections, as SQLite's 0002_labels: which post, the category it should have, the
-- category it had, who corrected it, when and why. Deleting a post (retention purge, erasure) deletes its
-- corrections.
CREATE TABLE labels (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id     bigint      NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    category    text        NOT NULL,   -- wire name of the corrected category
    previous    text,                   -- the category stored before the correction (NULL if none)
    labelled_by text        NOT NULL,   -- the analyst's user name
    labelled_at timestamptz NOT NULL,
    reason      text
);

CREATE INDEX labels_post ON labels (post_id, labelled_at);
