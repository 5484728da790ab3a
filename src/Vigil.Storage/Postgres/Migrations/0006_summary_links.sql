-- Clusters and networks at any store size (after 0005_summaries), as SQLite's 0007: each analysed post's
-- phone and handle pseudonyms in order, and a change number (a sequence: concurrent writers share no
-- locked row) that moves whenever post facts are inserted, deleted or change category. Links are deleted
-- with their post (a trigger).
CREATE TABLE post_links (
    post_id bigint  NOT NULL,
    ord     integer NOT NULL,
    link    text    NOT NULL
);

CREATE INDEX post_links_post ON post_links (post_id, ord);

CREATE SEQUENCE vigil_summary_changes;

-- Posts stored before this step (ids below links_below) get their links written by Vigil on opening;
-- links_done is how far that got. None when the facts themselves are still to be built (they write links).
INSERT INTO summary_state (name, value)
    SELECT 'links_below', CASE WHEN (SELECT value FROM summary_state WHERE name = 'facts') = 0 THEN 0 ELSE coalesce(max(id), 0) + 1 END FROM posts;
INSERT INTO summary_state (name, value) VALUES ('links_done', 0);

CREATE FUNCTION vigil_summary_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('vigil_summary_changes');
    RETURN NULL;
END $$;

CREATE TRIGGER post_facts_changes AFTER INSERT OR DELETE OR UPDATE OF category ON post_facts
    FOR EACH STATEMENT EXECUTE FUNCTION vigil_summary_changed();

CREATE FUNCTION vigil_posts_links_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM post_links WHERE post_id = OLD.id;
    RETURN NULL;
END $$;

CREATE TRIGGER posts_links_deleted AFTER DELETE ON posts
    FOR EACH ROW EXECUTE FUNCTION vigil_posts_links_deleted();
