-- The fingerprint of the pseudonymisation key a store's identifiers were made with (one row). Import and
-- collection refuse to write with another key: the same phone number would get a second pseudonym and the
-- store's networks would silently split. The fingerprint is HMAC(key, a fixed label): it names the key
-- without revealing it and cannot be used to test guessed identifiers.
CREATE TABLE pseudonym_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT    NOT NULL,
    recorded_at INTEGER NOT NULL     -- Unix milliseconds, UTC
);
