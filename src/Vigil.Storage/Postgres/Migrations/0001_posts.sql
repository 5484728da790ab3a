-- Posts as the pipeline stores them: pseudonymised text and identifiers (strategic mode), the analysis
-- of the clear text, and the columns dashboards filter on. Same shape as the SQLite store.
CREATE TABLE posts (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform        text        NOT NULL,
    native_id       text        NOT NULL,
    source          text,
    author          text,               -- pseudonym (strategic) or clear handle inside an operation
    text            text        NOT NULL, -- phones, handles, e-mails already replaced by tokens
    lang_hint       text,
    created_at      timestamptz,
    collected_at    timestamptz NOT NULL,
    url             text,
    views           bigint,
    likes           bigint,
    shares          bigint,
    replies         bigint,
    media_count     integer     NOT NULL DEFAULT 0,
    reply_to        text,
    forwarded_from  text,
    lang            text,               -- analysed language (ISO 639-1, else 639-3, 'und')
    lang_confidence double precision,
    romanized       boolean,
    category        text,               -- wire name; NULL when the post carries no analysis
    confidence      double precision,
    scores          jsonb,
    indicators      jsonb,              -- field names of the analyze contract
    explanation     jsonb,
    operation_id    text,               -- NULL in strategic mode
    -- to_tsvector('simple', …) over the folded words (Vigil.Storage.Search.SearchText): PostgreSQL has
    -- no Persian configuration, and folding in Vigil keeps index and query spelling identical.
    search          tsvector    NOT NULL,
    UNIQUE (platform, native_id)
);

CREATE INDEX posts_search     ON posts USING gin (search);
CREATE INDEX posts_category   ON posts (category);
CREATE INDEX posts_lang       ON posts (lang);
CREATE INDEX posts_created_at ON posts (created_at);
CREATE INDEX posts_source     ON posts (platform, source);
