-- Minimisation (docs/data-protection.md): posts analysed as unrelated are not stored, only counted by
-- day (UTC, of creation else collection), platform, language and category. `minimised_seen` holds a
-- SHA-256 digest of each counted post's identity, so that importing the same file again counts nothing
-- twice; the retention purge deletes digests older than the policy allows (the counts stay).
CREATE TABLE minimised_counts (
    day      TEXT    NOT NULL,   -- yyyy-MM-dd
    platform TEXT    NOT NULL,
    lang     TEXT    NOT NULL,
    category TEXT    NOT NULL,   -- wire name (unrelated)
    posts    INTEGER NOT NULL,
    PRIMARY KEY (day, platform, lang, category)
) WITHOUT ROWID;

CREATE TABLE minimised_seen (
    digest  BLOB    PRIMARY KEY, -- first 16 bytes of SHA-256(platform, native id)
    seen_at INTEGER NOT NULL     -- Unix milliseconds, UTC
) WITHOUT ROWID;

CREATE INDEX posts_collected_at ON posts (collected_at);
