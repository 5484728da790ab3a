-- The triage queue (the dashboard's first page): flagged posts, newest day first, then confidence. A
-- partial index in exactly that order lets a page of 25 be read without sorting the flagged posts
-- (≈ 500,000 of 1,000,000). SqlitePostStore.TriageAsync repeats these expressions word for word, so that
-- the planner matches them to the index.
CREATE INDEX posts_triage ON posts (
    (coalesce(created_at, collected_at) / 86400000) DESC,
    confidence DESC,
    platform,
    native_id)
WHERE category IN ('smuggling_offer', 'document_fraud', 'facilitator_recruitment', 'guidance_info');
