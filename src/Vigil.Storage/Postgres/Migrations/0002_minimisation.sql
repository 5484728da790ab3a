-- Minimisation (docs/data-protection.md): posts analysed as unrelated are not stored, only counted by
-- day, platform, language and category; `minimised_seen` keeps a digest of each counted identity so a
-- re-import counts nothing twice (purged after the retention policy's limit; the counts stay).
CREATE TABLE minimised_counts (
    day      date    NOT NULL,
    platform text    NOT NULL,
    lang     text    NOT NULL,
    category text    NOT NULL,
    posts    bigint  NOT NULL,
    PRIMARY KEY (day, platform, lang, category)
);

CREATE TABLE minimised_seen (
    digest  bytea       PRIMARY KEY,
    seen_at timestamptz NOT NULL
);

CREATE INDEX posts_collected_at ON posts (collected_at);
