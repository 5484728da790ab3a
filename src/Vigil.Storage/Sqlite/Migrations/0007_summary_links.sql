-- Clusters and networks at any store size (after 0006_summaries): each analysed post's phone and handle
-- pseudonyms, in order, so networks are built without parsing every post's indicators; and a change number
-- that moves whenever a post's facts are inserted, deleted or change category, so a reader can tell cheaply
-- whether what it computed from the posts is still current. Deleted with their post (a trigger).
CREATE TABLE post_links (
    post_id INTEGER NOT NULL,
    ord     INTEGER NOT NULL,
    link    TEXT    NOT NULL        -- 'phone:ps_…', 'telegram:ps_…': as in the stored indicators
);

CREATE INDEX post_links_post ON post_links (post_id, ord);

INSERT INTO summary_state (name, value) VALUES ('changes', 0);

-- Posts stored before this step (ids below links_below) get their links written by Vigil on opening;
-- links_done is how far that got. None when the facts themselves are still to be built (they write links).
INSERT INTO summary_state (name, value)
    SELECT 'links_below', CASE WHEN (SELECT value FROM summary_state WHERE name = 'facts') = 0 THEN 0 ELSE coalesce(max(id), 0) + 1 END FROM posts;
INSERT INTO summary_state (name, value) VALUES ('links_done', 0);

CREATE TRIGGER post_facts_changes_insert AFTER INSERT ON post_facts BEGIN
    UPDATE summary_state SET value = value + 1 WHERE name = 'changes';
END;

CREATE TRIGGER post_facts_changes_delete AFTER DELETE ON post_facts BEGIN
    UPDATE summary_state SET value = value + 1 WHERE name = 'changes';
END;

CREATE TRIGGER post_facts_changes_category AFTER UPDATE OF category ON post_facts WHEN old.category IS NOT new.category BEGIN
    UPDATE summary_state SET value = value + 1 WHERE name = 'changes';
END;

CREATE TRIGGER posts_links_delete AFTER DELETE ON posts BEGIN
    DELETE FROM post_links WHERE post_id = old.id;
END;
