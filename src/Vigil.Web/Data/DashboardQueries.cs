using Vigil.Analysis.Dedup;
using Vigil.Core.Posts;
using Vigil.Storage;
using Vigil.Storage.Search;

namespace Vigil.Web.Data;

/// <summary>
/// A near-duplicate cluster: its size, span, platforms and languages, and the stored posts of its earliest
/// members (at most as many as were asked for; <see cref="Size"/> counts them all).
/// </summary>
public sealed record ClusterView(
    string Id,
    int Size,
    IReadOnlyList<StoredPost> Posts,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Languages);

/// <summary>Whether the clusters and networks shown are current: when they were computed, from how many posts, and whether the store has changed since.</summary>
public sealed record DedupState(bool Ready, bool Stale, DateTimeOffset? BuiltAt, int FlaggedPosts, int Clusters, int Networks);

/// <summary>
/// The queries behind the dashboard pages and the API. Triage, search and post pages read the store's
/// indexes; trends read the store's summary tables (<see cref="IPostStore.TrendSummaryAsync"/>). Clusters
/// and networks are computed from the flagged posts' identities, pseudonyms, fingerprints and links
/// (<see cref="IPostStore.FlaggedForDedupAsync"/>, never whole posts) and recomputed in the background when
/// the store's change number moves (an import, a correction, a purge). A request waits for a recomputation
/// up to <see cref="FreshnessWait"/>, then shows the previous result and says so (<see cref="DedupStateAsync"/>).
/// Thread-safe.
/// </summary>
public sealed class DashboardQueries(IPostStore store, TimeProvider? clock = null, TimeSpan? freshnessWait = null)
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private DedupSnapshot? _snapshot;
    private Task<DedupSnapshot>? _building;
    private bool _invalidated;
    private volatile TrendsAt? _trends;

    /// <summary>The most hits a search considers.</summary>
    public const int MaxHits = 1000;

    public IPostStore Store => store;

    /// <summary>How long a request waits for clusters and networks to be recomputed before it shows the previous ones (infinite by default: the CLI).</summary>
    public TimeSpan FreshnessWait { get; } = freshnessWait ?? Timeout.InfiniteTimeSpan;

    /// <summary>Newest posts in a flagged category, by day (newest first), then confidence: read from the store's index.</summary>
    public Task<IReadOnlyList<StoredPost>> TriageAsync(int offset, int limit, CancellationToken cancellationToken) =>
        store.TriageAsync(offset, limit, cancellationToken);

    public async Task<StoredPost?> GetAsync(PostKey key, CancellationToken cancellationToken) => await store.GetAsync(key, cancellationToken);

    /// <summary>
    /// One page of a search; <c>HasMore</c> says whether another page exists. Without indicator filters
    /// only the hits up to this page are read; with them, the best 1,000 matches are read and filtered.
    /// </summary>
    public async Task<(IReadOnlyList<Storage.Search.SearchHit> Hits, bool HasMore)> SearchPageAsync(SearchRequest request, int page, int pageSize, CancellationToken cancellationToken)
    {
        var hits = request.HasIndicatorFilters
            ? await SearchAllAsync(request, cancellationToken)
            : await store.SearchAsync(request.Query, Math.Min(MaxHits, ((page + 1) * pageSize) + 1), request.Filters, cancellationToken);
        return (hits.Skip(page * pageSize).Take(pageSize).ToList(), hits.Count > (page + 1) * pageSize);
    }

    /// <summary>
    /// Every hit of a search with its indicator filters applied, best first: at most the store's 1,000
    /// best matches are considered (the page's and the export's ceiling).
    /// </summary>
    public async Task<IReadOnlyList<Storage.Search.SearchHit>> SearchAllAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var hits = await store.SearchAsync(request.Query, MaxHits, request.Filters, cancellationToken);
        return hits.Where(request.Matches).ToList();
    }

    /// <summary>
    /// The trends page, from the store's summaries (a few small tables), never from the posts; kept until the
    /// store's change number moves, so repeated requests cost one read of that number.
    /// </summary>
    public async Task<TrendsView> TrendsAsync(CancellationToken cancellationToken)
    {
        var changes = await store.SummaryChangesAsync(cancellationToken);
        if (_trends is { } cached && cached.Changes == changes)
        {
            return cached.View;
        }

        // Read the summaries after the change number: a change in between only makes the next request read again.
        var view = SummaryTrends.From(await store.TrendSummaryAsync(cancellationToken));
        _trends = new TrendsAt(changes, view);
        return view;
    }

    /// <summary>The largest <paramref name="limit"/> clusters, each with the stored posts of its earliest <paramref name="postsPerCluster"/> members.</summary>
    public async Task<IReadOnlyList<ClusterView>> ClustersAsync(int limit, int postsPerCluster, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        var views = new List<ClusterView>();
        foreach (var cluster in snapshot?.Clusters.Take(Math.Max(0, limit)) ?? [])
        {
            views.Add(await ViewAsync(cluster, postsPerCluster, cancellationToken));
        }

        return views;
    }

    public async Task<IReadOnlyList<AccountNetwork>> NetworksAsync(CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken))?.Networks ?? [];

    /// <summary>For each account in a network, the links (phones, handles, clusters) it published.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LinksByAccountAsync(CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken))?.LinksByAccount ?? new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The cluster a post belongs to, if any, with the stored posts of its earliest <paramref name="postsPerCluster"/> members.</summary>
    public async Task<ClusterView?> ClusterOfAsync(PostKey key, int postsPerCluster, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        return snapshot?.ClusterByPost.GetValueOrDefault(key) is { } cluster ? await ViewAsync(cluster, postsPerCluster, cancellationToken) : null;
    }

    /// <summary>Whether clusters and networks are computed, and whether the store changed since (does not wait or start a computation).</summary>
    public async Task<DedupState> DedupStateAsync(CancellationToken cancellationToken)
    {
        var changes = await store.SummaryChangesAsync(cancellationToken);
        DedupSnapshot? snapshot;
        lock (_gate)
        {
            snapshot = _snapshot;
        }

        return snapshot is null
            ? new DedupState(false, true, null, 0, 0, 0)
            : new DedupState(true, snapshot.Changes != changes, snapshot.BuiltAt, snapshot.Posts, snapshot.Clusters.Count, snapshot.Networks.Count);
    }

    /// <summary>Makes the next query recompute clusters and networks even if the store's change number has not moved; the current ones are shown meanwhile.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _invalidated = true;
        }
    }

    /// <summary>
    /// Which cluster of the stored flagged posts a new post would fall into (<c>vigil analyze --store</c>): built
    /// from the same fingerprints as <see cref="ClustersAsync"/>, so the ids agree with the clusters listed.
    /// </summary>
    public async Task<ClusterLookup> ClusterLookupAsync(CancellationToken cancellationToken)
    {
        var fingerprinted = new List<FingerprintedPost>();
        await foreach (var post in store.FlaggedForDedupAsync(cancellationToken))
        {
            fingerprinted.Add(new FingerprintedPost(post.Key.ToString(), SimHash.Compute(PseudonymTokens.Strip(post.Text)), post.Seen, post.Category));
        }

        return ClusterLookup.Build(fingerprinted);
    }

    private sealed record TrendsAt(long Changes, TrendsView View);

    private async Task<ClusterView> ViewAsync(ClusterSummary cluster, int postsPerCluster, CancellationToken cancellationToken)
    {
        var posts = new List<StoredPost>();
        foreach (var key in cluster.Members.Take(Math.Max(0, postsPerCluster)))
        {
            // A member purged since the snapshot was computed is left out.
            if (await store.GetAsync(key, cancellationToken) is { } post)
            {
                posts.Add(post);
            }
        }

        return new ClusterView(cluster.Id, cluster.Members.Count, posts, cluster.FirstSeen, cluster.LastSeen, cluster.Platforms, cluster.Languages);
    }

    /// <summary>The current snapshot, recomputed if the store changed (waiting up to <see cref="FreshnessWait"/>); null while the first is still being computed.</summary>
    private async Task<DedupSnapshot?> SnapshotAsync(CancellationToken cancellationToken)
    {
        var changes = await store.SummaryChangesAsync(cancellationToken);
        DedupSnapshot? current;
        Task<DedupSnapshot> building;
        lock (_gate)
        {
            current = _snapshot;
            if (current is not null && current.Changes == changes && !_invalidated)
            {
                return current;
            }

            if (_building is null)
            {
                _invalidated = false;
                _building = Task.Run(() => BuildAsync(changes));
            }

            building = _building;
        }

        if (FreshnessWait == Timeout.InfiniteTimeSpan)
        {
            return await building.WaitAsync(cancellationToken);
        }

        try
        {
            return await building.WaitAsync(FreshnessWait, _clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            return current;
        }
    }

    private async Task<DedupSnapshot> BuildAsync(long changes)
    {
        try
        {
            // Not the request's token: the computation outlives a request that stopped waiting for it.
            var snapshot = await DedupSnapshot.BuildAsync(store.FlaggedForDedupAsync(CancellationToken.None), changes, _clock.GetUtcNow(), CancellationToken.None);
            lock (_gate)
            {
                _snapshot = snapshot;
                _building = null;
            }

            return snapshot;
        }
        catch
        {
            lock (_gate)
            {
                _building = null;
            }

            throw;
        }
    }
}
