-- The triage queue (the dashboard's first page): flagged posts, newest day first (UTC), then confidence.
-- A partial index in exactly that order lets a page be read without sorting the flagged posts;
-- PostgresPostStore.TriageAsync repeats these expressions word for word.
CREATE INDEX posts_triage ON posts (
    ((coalesce(created_at, collected_at) AT TIME ZONE 'UTC')::date) DESC,
    confidence DESC NULLS LAST,
    platform,
    native_id)
WHERE category IN ('smuggling_offer', 'document_fraud', 'facilitator_recruitment', 'guidance_info');
