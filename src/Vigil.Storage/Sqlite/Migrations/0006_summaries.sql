-- Dashboard summaries (trends at any store size): small aggregate tables kept equal to what the stored posts
-- say, by triggers, whichever way posts change (import, analyst correction, retention purge, erasure).
--   post_facts   one row per stored post: its week (Monday, UTC, of creation else collection), category,
--                language, platform and route (origin→destination country), derived by Vigil when the post is
--                written (Vigil.Storage.Summaries.PostFacts); no text, author or identifier.
--   post_prices  the advertised prices (currency, amount) of posts that have a route.
--   trend_counts posts per week and category / language / platform.
--   route_weeks, route_prices, route_price_adverts  per route, week and category: adverts, how often each
--                amount was advertised (exact medians and ranges from distinct amounts), adverts with a price.
-- A post leaves every summary when it is deleted (the purge), and moves between categories when an analyst
-- corrects it. An older store gets its facts built once by Vigil on opening (summary_state 'facts' = 0 until then).
CREATE TABLE post_facts (
    post_id  INTEGER PRIMARY KEY,   -- posts.id
    week     TEXT    NOT NULL,      -- yyyy-MM-dd, a Monday
    category TEXT    NOT NULL,      -- posts.category, 'unanalysed' when NULL
    lang     TEXT    NOT NULL,
    platform TEXT    NOT NULL,
    route    TEXT                   -- 'SY→DE'; NULL when the post names no two countries
);

CREATE TABLE post_prices (
    post_id  INTEGER NOT NULL,
    currency TEXT    NOT NULL,
    amount   TEXT    NOT NULL       -- exact decimal, invariant culture
);

CREATE INDEX post_prices_post ON post_prices (post_id);

CREATE TABLE trend_counts (
    week      TEXT    NOT NULL,
    dimension TEXT    NOT NULL,     -- category | language | platform
    series    TEXT    NOT NULL,
    posts     INTEGER NOT NULL,
    PRIMARY KEY (week, dimension, series)
) WITHOUT ROWID;

CREATE TABLE route_weeks (
    route    TEXT    NOT NULL,
    week     TEXT    NOT NULL,
    category TEXT    NOT NULL,
    adverts  INTEGER NOT NULL,
    PRIMARY KEY (route, week, category)
) WITHOUT ROWID;

CREATE TABLE route_prices (
    week     TEXT    NOT NULL,
    route    TEXT    NOT NULL,
    currency TEXT    NOT NULL,
    category TEXT    NOT NULL,
    amount   TEXT    NOT NULL,
    prices   INTEGER NOT NULL,
    PRIMARY KEY (week, route, currency, category, amount)
) WITHOUT ROWID;

CREATE TABLE route_price_adverts (
    week     TEXT    NOT NULL,
    route    TEXT    NOT NULL,
    currency TEXT    NOT NULL,
    category TEXT    NOT NULL,
    adverts  INTEGER NOT NULL,
    PRIMARY KEY (week, route, currency, category)
) WITHOUT ROWID;

CREATE TABLE summary_state (
    name  TEXT    PRIMARY KEY,
    value INTEGER NOT NULL
);

INSERT INTO summary_state (name, value) VALUES ('facts', 0);

CREATE TRIGGER post_facts_insert AFTER INSERT ON post_facts BEGIN
    INSERT INTO trend_counts (week, dimension, series, posts)
        VALUES (new.week, 'category', new.category, 1), (new.week, 'language', new.lang, 1), (new.week, 'platform', new.platform, 1)
        ON CONFLICT (week, dimension, series) DO UPDATE SET posts = posts + excluded.posts;
    INSERT INTO route_weeks (route, week, category, adverts)
        SELECT new.route, new.week, new.category, 1 WHERE new.route IS NOT NULL
        ON CONFLICT (route, week, category) DO UPDATE SET adverts = adverts + excluded.adverts;
    INSERT INTO route_prices (week, route, currency, category, amount, prices)
        SELECT new.week, new.route, currency, new.category, amount, 1 * count(*) FROM post_prices WHERE post_id = new.post_id AND new.route IS NOT NULL GROUP BY currency, amount
        ON CONFLICT (week, route, currency, category, amount) DO UPDATE SET prices = prices + excluded.prices;
    INSERT INTO route_price_adverts (week, route, currency, category, adverts)
        SELECT new.week, new.route, currency, new.category, 1 FROM post_prices WHERE post_id = new.post_id AND new.route IS NOT NULL GROUP BY currency
        ON CONFLICT (week, route, currency, category) DO UPDATE SET adverts = adverts + excluded.adverts;
END;

CREATE TRIGGER post_facts_delete AFTER DELETE ON post_facts BEGIN
    INSERT INTO trend_counts (week, dimension, series, posts)
        VALUES (old.week, 'category', old.category, -1), (old.week, 'language', old.lang, -1), (old.week, 'platform', old.platform, -1)
        ON CONFLICT (week, dimension, series) DO UPDATE SET posts = posts + excluded.posts;
    INSERT INTO route_weeks (route, week, category, adverts)
        SELECT old.route, old.week, old.category, -1 WHERE old.route IS NOT NULL
        ON CONFLICT (route, week, category) DO UPDATE SET adverts = adverts + excluded.adverts;
    INSERT INTO route_prices (week, route, currency, category, amount, prices)
        SELECT old.week, old.route, currency, old.category, amount, -1 * count(*) FROM post_prices WHERE post_id = old.post_id AND old.route IS NOT NULL GROUP BY currency, amount
        ON CONFLICT (week, route, currency, category, amount) DO UPDATE SET prices = prices + excluded.prices;
    INSERT INTO route_price_adverts (week, route, currency, category, adverts)
        SELECT old.week, old.route, currency, old.category, -1 FROM post_prices WHERE post_id = old.post_id AND old.route IS NOT NULL GROUP BY currency
        ON CONFLICT (week, route, currency, category) DO UPDATE SET adverts = adverts + excluded.adverts;
    DELETE FROM trend_counts WHERE week = old.week AND posts = 0;
    DELETE FROM route_weeks WHERE route = old.route AND week = old.week AND adverts = 0;
    DELETE FROM route_prices WHERE week = old.week AND route = old.route AND prices = 0;
    DELETE FROM route_price_adverts WHERE week = old.week AND route = old.route AND adverts = 0;
END;

CREATE TRIGGER post_facts_category AFTER UPDATE OF category ON post_facts WHEN old.category IS NOT new.category BEGIN
    INSERT INTO trend_counts (week, dimension, series, posts)
        VALUES (old.week, 'category', old.category, -1), (old.week, 'language', old.lang, -1), (old.week, 'platform', old.platform, -1)
        ON CONFLICT (week, dimension, series) DO UPDATE SET posts = posts + excluded.posts;
    INSERT INTO route_weeks (route, week, category, adverts)
        SELECT old.route, old.week, old.category, -1 WHERE old.route IS NOT NULL
        ON CONFLICT (route, week, category) DO UPDATE SET adverts = adverts + excluded.adverts;
    INSERT INTO route_prices (week, route, currency, category, amount, prices)
        SELECT old.week, old.route, currency, old.category, amount, -1 * count(*) FROM post_prices WHERE post_id = old.post_id AND old.route IS NOT NULL GROUP BY currency, amount
        ON CONFLICT (week, route, currency, category, amount) DO UPDATE SET prices = prices + excluded.prices;
    INSERT INTO route_price_adverts (week, route, currency, category, adverts)
        SELECT old.week, old.route, currency, old.category, -1 FROM post_prices WHERE post_id = old.post_id AND old.route IS NOT NULL GROUP BY currency
        ON CONFLICT (week, route, currency, category) DO UPDATE SET adverts = adverts + excluded.adverts;
    DELETE FROM trend_counts WHERE week = old.week AND posts = 0;
    DELETE FROM route_weeks WHERE route = old.route AND week = old.week AND adverts = 0;
    DELETE FROM route_prices WHERE week = old.week AND route = old.route AND prices = 0;
    DELETE FROM route_price_adverts WHERE week = old.week AND route = old.route AND adverts = 0;
    INSERT INTO trend_counts (week, dimension, series, posts)
        VALUES (new.week, 'category', new.category, 1), (new.week, 'language', new.lang, 1), (new.week, 'platform', new.platform, 1)
        ON CONFLICT (week, dimension, series) DO UPDATE SET posts = posts + excluded.posts;
    INSERT INTO route_weeks (route, week, category, adverts)
        SELECT new.route, new.week, new.category, 1 WHERE new.route IS NOT NULL
        ON CONFLICT (route, week, category) DO UPDATE SET adverts = adverts + excluded.adverts;
    INSERT INTO route_prices (week, route, currency, category, amount, prices)
        SELECT new.week, new.route, currency, new.category, amount, 1 * count(*) FROM post_prices WHERE post_id = new.post_id AND new.route IS NOT NULL GROUP BY currency, amount
        ON CONFLICT (week, route, currency, category, amount) DO UPDATE SET prices = prices + excluded.prices;
    INSERT INTO route_price_adverts (week, route, currency, category, adverts)
        SELECT new.week, new.route, currency, new.category, 1 FROM post_prices WHERE post_id = new.post_id AND new.route IS NOT NULL GROUP BY currency
        ON CONFLICT (week, route, currency, category) DO UPDATE SET adverts = adverts + excluded.adverts;
END;

CREATE TRIGGER posts_summaries_delete AFTER DELETE ON posts BEGIN
    DELETE FROM post_facts WHERE post_id = old.id;
    DELETE FROM post_prices WHERE post_id = old.id;
END;

CREATE TRIGGER posts_summaries_category AFTER UPDATE OF category ON posts WHEN old.category IS NOT new.category BEGIN
    UPDATE post_facts SET category = coalesce(new.category, 'unanalysed') WHERE post_id = new.id;
END;
