-- Dashboard summaries (trends at any store size), as in the SQLite store's migration 0006: small aggregate
-- tables kept equal to what the stored posts say, by triggers, whichever way posts change (import, analyst
-- correction, retention purge, erasure). post_facts holds one row per stored post (week, category, language,
-- platform, route: no text, author or identifier), post_prices the prices of posts with a route. An older
-- store gets its facts built once by Vigil on opening (summary_state 'facts' = 0 until then).
CREATE TABLE post_facts (
    post_id  bigint PRIMARY KEY,    -- posts.id
    week     text   NOT NULL,       -- yyyy-MM-dd, a Monday (UTC)
    category text   NOT NULL,       -- posts.category, 'unanalysed' when NULL
    lang     text   NOT NULL,
    platform text   NOT NULL,
    route    text                   -- 'SY→DE'; NULL when the post names no two countries
);

CREATE TABLE post_prices (
    post_id  bigint  NOT NULL,
    currency text    NOT NULL,
    amount   numeric NOT NULL
);

CREATE INDEX post_prices_post ON post_prices (post_id);

CREATE TABLE trend_counts (
    week      text   NOT NULL,
    dimension text   NOT NULL,      -- category | language | platform
    series    text   NOT NULL,
    posts     bigint NOT NULL,
    PRIMARY KEY (week, dimension, series)
);

CREATE TABLE route_weeks (
    route    text   NOT NULL,
    week     text   NOT NULL,
    category text   NOT NULL,
    adverts  bigint NOT NULL,
    PRIMARY KEY (route, week, category)
);

CREATE TABLE route_prices (
    week     text    NOT NULL,
    route    text    NOT NULL,
    currency text    NOT NULL,
    category text    NOT NULL,
    amount   numeric NOT NULL,
    prices   bigint  NOT NULL,
    PRIMARY KEY (week, route, currency, category, amount)
);

CREATE TABLE route_price_adverts (
    week     text   NOT NULL,
    route    text   NOT NULL,
    currency text   NOT NULL,
    category text   NOT NULL,
    adverts  bigint NOT NULL,
    PRIMARY KEY (week, route, currency, category)
);

CREATE TABLE summary_state (
    name  text   PRIMARY KEY,
    value bigint NOT NULL
);

INSERT INTO summary_state (name, value) VALUES ('facts', 0);

-- Adds (sign 1) or removes (sign -1) one post's contribution to every summary; rows that reach zero go.
CREATE FUNCTION vigil_summaries_apply(f post_facts, sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO trend_counts (week, dimension, series, posts)
        VALUES (f.week, 'category', f.category, sign), (f.week, 'language', f.lang, sign), (f.week, 'platform', f.platform, sign)
        ON CONFLICT (week, dimension, series) DO UPDATE SET posts = trend_counts.posts + EXCLUDED.posts;
    IF f.route IS NOT NULL THEN
        INSERT INTO route_weeks (route, week, category, adverts) VALUES (f.route, f.week, f.category, sign)
            ON CONFLICT (route, week, category) DO UPDATE SET adverts = route_weeks.adverts + EXCLUDED.adverts;
        INSERT INTO route_prices (week, route, currency, category, amount, prices)
            SELECT f.week, f.route, currency, f.category, amount, sign * count(*) FROM post_prices WHERE post_id = f.post_id GROUP BY currency, amount
            ORDER BY currency, amount
            ON CONFLICT (week, route, currency, category, amount) DO UPDATE SET prices = route_prices.prices + EXCLUDED.prices;
        INSERT INTO route_price_adverts (week, route, currency, category, adverts)
            SELECT f.week, f.route, currency, f.category, sign FROM post_prices WHERE post_id = f.post_id GROUP BY currency
            ORDER BY currency
            ON CONFLICT (week, route, currency, category) DO UPDATE SET adverts = route_price_adverts.adverts + EXCLUDED.adverts;
    END IF;
    IF sign < 0 THEN
        DELETE FROM trend_counts WHERE week = f.week AND posts = 0;
        DELETE FROM route_weeks WHERE route = f.route AND week = f.week AND adverts = 0;
        DELETE FROM route_prices WHERE week = f.week AND route = f.route AND prices = 0;
        DELETE FROM route_price_adverts WHERE week = f.week AND route = f.route AND adverts = 0;
    END IF;
END $$;

CREATE FUNCTION vigil_post_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM vigil_summaries_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM vigil_summaries_apply(NEW, 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER post_facts_summaries AFTER INSERT OR DELETE OR UPDATE OF category ON post_facts
    FOR EACH ROW EXECUTE FUNCTION vigil_post_facts_changed();

CREATE FUNCTION vigil_posts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM post_facts WHERE post_id = OLD.id;
        DELETE FROM post_prices WHERE post_id = OLD.id;
    ELSIF OLD.category IS DISTINCT FROM NEW.category THEN
        UPDATE post_facts SET category = coalesce(NEW.category, 'unanalysed') WHERE post_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER posts_summaries AFTER DELETE OR UPDATE OF category ON posts
    FOR EACH ROW EXECUTE FUNCTION vigil_posts_changed();
