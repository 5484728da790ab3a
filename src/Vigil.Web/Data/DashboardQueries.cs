using Vigil.Analysis.Dedup;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage;
using Vigil.Storage.Search;

namespace Vigil.Web.Data;

/// <summary>A near-duplicate cluster with its stored posts, earliest first.</summary>
public sealed record ClusterView(string Id, IReadOnlyList<StoredPost> Posts, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen);

/// <summary>
/// The queries behind the dashboard pages and the API. Aggregates (trends, clusters, networks) are
/// computed from a snapshot of the store that is refreshed when the number of posts changes; this suits
/// stores up to a few hundred thousand posts (see docs/benchmarks.md), beyond which the aggregates belong
/// in the database. Thread-safe.
/// </summary>
public sealed class DashboardQueries(IPostStore store)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Snapshot? _snapshot;

    /// <summary>The most hits a search considers.</summary>
    public const int MaxHits = 1000;

    public IPostStore Store => store;

    /// <summary>Newest posts in a flagged category, by day (newest first), then confidence: read from the store's index, never the snapshot.</summary>
    public Task<IReadOnlyList<StoredPost>> TriageAsync(int offset, int limit, CancellationToken cancellationToken) =>
        store.TriageAsync(offset, limit, cancellationToken);

    public async Task<StoredPost?> GetAsync(PostKey key, CancellationToken cancellationToken) => await store.GetAsync(key, cancellationToken);

    /// <summary>
    /// One page of a search; <c>HasMore</c> says whether another page exists. Without indicator filters
    /// only the hits up to this page are read; with them, the best 1,000 matches are read and filtered.
    /// </summary>
    public async Task<(IReadOnlyList<SearchHit> Hits, bool HasMore)> SearchPageAsync(SearchRequest request, int page, int pageSize, CancellationToken cancellationToken)
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
    public async Task<IReadOnlyList<SearchHit>> SearchAllAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var hits = await store.SearchAsync(request.Query, MaxHits, request.Filters, cancellationToken);
        return hits.Where(request.Matches).ToList();
    }

    /// <summary>The trends page, from the store's summaries (a few small tables), never from the posts.</summary>
    public async Task<TrendsView> TrendsAsync(CancellationToken cancellationToken) => SummaryTrends.From(await store.TrendSummaryAsync(cancellationToken));

    public async Task<IReadOnlyList<ClusterView>> ClustersAsync(CancellationToken cancellationToken) => (await SnapshotAsync(cancellationToken)).Clusters;

    public async Task<IReadOnlyList<AccountNetwork>> NetworksAsync(CancellationToken cancellationToken) => (await SnapshotAsync(cancellationToken)).Networks;

    /// <summary>For each account in a network, the links (phones, handles, clusters) it published.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LinksByAccountAsync(CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).LinksByAccount;

    /// <summary>The cluster a post belongs to, if any.</summary>
    public async Task<ClusterView?> ClusterOfAsync(PostKey key, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        return snapshot.ClusterByPost.GetValueOrDefault(key);
    }

    /// <summary>Drops the snapshot, so the next query sees a change that kept the post count (a category correction).</summary>
    public void Invalidate() => _snapshot = null;

    /// <summary>
    /// Which cluster of the stored flagged posts a new post would fall into (<c>vigil analyze --store</c>): built
    /// from the same fingerprints as <see cref="ClustersAsync"/>, so the ids agree with the clusters listed.
    /// </summary>
    public async Task<ClusterLookup> ClusterLookupAsync(CancellationToken cancellationToken) =>
        ClusterLookup.Build((await SnapshotAsync(cancellationToken)).Fingerprinted);

    private async Task<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var count = await store.CountAsync(cancellationToken);
        if (_snapshot is { } current && current.Count == count)
        {
            return current;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } fresh && fresh.Count == count)
            {
                return fresh;
            }

            var posts = new List<StoredPost>();
            await foreach (var post in store.ScanAsync(SearchFilters.None, cancellationToken))
            {
                posts.Add(post);
            }

            _snapshot = Snapshot.Build(posts.Count, posts);
            return _snapshot;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private sealed record Snapshot(
        long Count,
        IReadOnlyList<ClusterView> Clusters,
        IReadOnlyDictionary<PostKey, ClusterView> ClusterByPost,
        IReadOnlyList<AccountNetwork> Networks,
        IReadOnlyDictionary<string, IReadOnlyList<string>> LinksByAccount,
        IReadOnlyList<FingerprintedPost> Fingerprinted)
    {
        public static Snapshot Build(long count, List<StoredPost> posts)
        {
            var byKey = posts.ToDictionary(p => p.Key.ToString(), StringComparer.Ordinal);
            var fingerprinted = posts.Where(p => p.Analysis?.Category.IsFlagged() == true)
                .Select(p => new FingerprintedPost(p.Key.ToString(), SimHash.Compute(PseudonymTokens.Strip(p.Text)), p.CreatedAt ?? p.CollectedAt, p.Analysis!.Category))
                .ToList();
            var clusters = new ClusterBuilder()
                .Build(fingerprinted)
                .Select(c => new ClusterView(c.Id, c.Members.Select(m => byKey[m.Key]).ToList(), c.FirstSeen, c.LastSeen))
                .ToList();
            var clusterByPost = clusters.SelectMany(c => c.Posts.Select(p => (p.Key, c))).ToDictionary(x => x.Key, x => x.c);
            var activities = posts
                .Where(p => p.Author is not null && p.Analysis is not null)
                .Select(p => new AccountActivity(
                    p.Key.Platform + ":" + p.Author,
                    p.Key.Platform,
                    p.Analysis!.Language.Code,
                    p.CreatedAt ?? p.CollectedAt,
                    p.Analysis.Category,
                    [.. p.Analysis.Indicators.Phones.Select(ph => "phone:" + ph.E164), .. p.Analysis.Indicators.Handles.Select(h => h.Platform + ":" + h.Value)],
                    clusterByPost.GetValueOrDefault(p.Key)?.Id))
                .ToList();
            var networks = new NetworkBuilder().Build(activities);
            var inNetworks = networks.SelectMany(n => n.Accounts).ToHashSet(StringComparer.Ordinal);
            var linksByAccount = activities.Where(a => inNetworks.Contains(a.Account))
                .GroupBy(a => a.Account)
                .ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyList<string>)g.SelectMany(a => a.ClusterId is null ? a.Identifiers : a.Identifiers.Append("cluster:" + a.ClusterId)).Distinct().ToList(),
                    StringComparer.Ordinal);
            return new Snapshot(count, clusters, clusterByPost, networks, linksByAccount, fingerprinted);
        }
    }
}
