-- Analysts' category corrections (active learning, issue 4): which post, the category it should have, the
-- category it had, who corrected it, when (Unix milliseconds, UTC) and why. `vigil train` retrains from the
-- latest correction of each post. Deleting a post (retention purge, erasure) deletes its corrections.
CREATE TABLE labels (
    id          INTEGER PRIMARY KEY,
    post_id     INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    category    TEXT    NOT NULL,   -- wire name of the corrected category
    previous    TEXT,               -- the category stored before the correction (NULL if none)
    labelled_by TEXT    NOT NULL,   -- the analyst's user name
    labelled_at INTEGER NOT NULL,
    reason      TEXT
);

CREATE INDEX labels_post ON labels (post_id, labelled_at);
