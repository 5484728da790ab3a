-- Posts as the pipeline stores them: pseudonymised text and identifiers (strategic mode), the analysis
-- of the clear text, and the columns dashboards filter on. Times are Unix milliseconds, UTC.
CREATE TABLE posts (
    id              INTEGER PRIMARY KEY,
    platform        TEXT    NOT NULL,
    native_id       TEXT    NOT NULL,
    source          TEXT,
    author          TEXT,               -- pseudonym (strategic) or clear handle inside an operation
    text            TEXT    NOT NULL,   -- phones, handles, e-mails already replaced by tokens
    lang_hint       TEXT,
    created_at      INTEGER,
    collected_at    INTEGER NOT NULL,
    url             TEXT,
    views           INTEGER,
    likes           INTEGER,
    shares          INTEGER,
    replies         INTEGER,
    media_count     INTEGER NOT NULL DEFAULT 0,
    reply_to        TEXT,
    forwarded_from  TEXT,
    lang            TEXT,               -- analysed language (ISO 639-1, else 639-3, 'und')
    lang_confidence REAL,
    romanized       INTEGER,
    category        TEXT,               -- wire name; NULL when the post carries no analysis
    confidence      REAL,
    scores          TEXT,               -- JSON {"smuggling_offer":0.94,…}
    indicators      TEXT,               -- JSON, field names of the analyze contract
    explanation     TEXT,               -- JSON array of sentences
    operation_id    TEXT,               -- NULL in strategic mode
    UNIQUE (platform, native_id)
);

CREATE INDEX posts_category   ON posts (category);
CREATE INDEX posts_lang       ON posts (lang);
CREATE INDEX posts_created_at ON posts (created_at);
CREATE INDEX posts_source     ON posts (platform, source);

-- Full-text index over the folded words of the text (Vigil.Storage.Search.SearchText). Contentless:
-- the text lives once, in posts; snippets are cut from it. The tokenizer only splits on the spaces
-- SearchText puts between words, because its word classes are the same as SearchText's.
CREATE VIRTUAL TABLE posts_fts USING fts5 (
    body,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);

CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
    DELETE FROM posts_fts WHERE rowid = old.id;
END;
