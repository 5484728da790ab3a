using Vigil.Core.Pipeline;
using Vigil.Core.Posts;
using Vigil.Storage.Retention;
using Vigil.Storage.Search;

namespace Vigil.Storage;

/// <summary>
/// A post store: the pipeline writes batches into it (<see cref="IPostSink"/>), the CLI and the web app
/// query it. Implemented by <see cref="Sqlite.SqlitePostStore"/> (embedded default) and
/// <see cref="Postgres.PostgresPostStore"/> (team server) with the same behaviour.
/// </summary>
/// <remarks>
/// The store holds what the pipeline hands it and nothing more: in strategic mode that is pseudonymised
/// text and identifiers only. It never sees a clear identifier unless a post names an operation.
/// Store failures (not a database, read-only, disk full, newer schema) surface as <see cref="StoreException"/>
/// carrying a <see cref="StoreError"/> whose message says what to do.
/// </remarks>
public interface IPostStore : IPostSink, IMinimisedCounter, IAsyncDisposable
{
    /// <summary>
    /// Full-text search. The query is folded like the indexed text (see <c>TextFolding</c>); words are
    /// ANDed, <c>"a phrase"</c> matches words in order, <c>word*</c> matches a prefix, <c>-word</c> excludes.
    /// Any text is a valid query: one without searchable words returns no hits rather than failing.
    /// Hits are ranked by relevance among the most recently stored matches (the newest
    /// <see cref="Sqlite.SqlitePostStore.RankingWindow"/>, or <paramref name="limit"/> if larger), so a
    /// query matching much of a large store stays fast and favours recent posts.
    /// </summary>
    /// <param name="query">What a person typed.</param>
    /// <param name="limit">Maximum number of hits (1–1000), best first.</param>
    /// <param name="filters">Optional filters on platform, source, language, category and time.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, SearchFilters? filters, CancellationToken cancellationToken);

    /// <summary>Counts by platform, source, language, day and category.</summary>
    Task<StoreStats> StatsAsync(CancellationToken cancellationToken);

    /// <summary>The stored post with this identity, or null.</summary>
    Task<StoredPost?> GetAsync(PostKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Every stored post matching the filters, oldest first, streamed (for aggregates such as trends,
    /// clusters and networks). The caller decides how much to keep in memory.
    /// </summary>
    IAsyncEnumerable<StoredPost> ScanAsync(SearchFilters? filters, CancellationToken cancellationToken);

    /// <summary>
    /// The triage queue: posts in a flagged category (smuggling offers, documents, recruitment, guidance),
    /// newest UTC day first, then by confidence (highest first), then platform and id; one page of it.
    /// Served by an index in that order, so a page costs the same at any store size.
    /// </summary>
    Task<IReadOnlyList<StoredPost>> TriageAsync(int offset, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The trend summaries (posts per week by category, language and platform; adverts, prices and price
    /// adverts per route, week and category), kept by the store as posts are written, corrected and purged,
    /// so reading them costs the same at any store size. Aggregates only: no text and no identifier.
    /// </summary>
    Task<Summaries.TrendSummary> TrendSummaryAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The stored posts in a flagged category, oldest row first, streamed, with only what clusters and networks
    /// need (no engagement, no analysis JSON): the read behind the dashboard's clusters and networks.
    /// </summary>
    IAsyncEnumerable<Summaries.DedupInput> FlaggedForDedupAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A number that changes whenever a post enters, leaves or changes category (insert, correction, purge),
    /// so a reader can tell cheaply whether what it computed from the posts is still current.
    /// </summary>
    Task<long> SummaryChangesAsync(CancellationToken cancellationToken);

    /// <summary>Number of stored posts.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>Counts of minimised posts (analysed as unrelated: counted, not stored) by day, platform, language and category, in day order.</summary>
    Task<IReadOnlyList<MinimisedCount>> MinimisedCountsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the posts collected before their category's cut-off (with their full-text index entries and
    /// labels) and the minimised-post digests older than theirs, in one transaction, then makes the
    /// deleted content unrecoverable from the database files where the database allows it (SQLite: zeroed
    /// pages, merged index, truncated write-ahead log). With <paramref name="dryRun"/> nothing changes and
    /// the report says what would be deleted.
    /// </summary>
    Task<PurgeReport> PurgeAsync(RetentionCutoffs cutoffs, bool dryRun, CancellationToken cancellationToken);

    /// <summary>
    /// Records <paramref name="fingerprint"/> as the fingerprint of the pseudonymisation key this store's
    /// identifiers are made with, unless one is recorded already; returns the recorded one. A writer whose key
    /// differs must not write (the same identifier would get a second pseudonym). Atomic under concurrent callers.
    /// </summary>
    Task<string> ClaimKeyFingerprintAsync(string fingerprint, CancellationToken cancellationToken);
}
