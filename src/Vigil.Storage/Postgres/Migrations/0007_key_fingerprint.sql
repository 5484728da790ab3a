-- As SQLite's 0008: the fingerprint of the pseudonymisation key the store's identifiers were made with.
CREATE TABLE pseudonym_key (
    id          integer     PRIMARY KEY CHECK (id = 1),
    fingerprint text        NOT NULL,
    recorded_at timestamptz NOT NULL
);
