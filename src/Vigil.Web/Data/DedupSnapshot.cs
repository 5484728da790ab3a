using Vigil.Analysis.Dedup;
using Vigil.Core.Posts;
using Vigil.Storage.Summaries;

namespace Vigil.Web.Data;

/// <summary>A reposted-advert cluster as computed: member identities earliest first, span, platforms and languages.</summary>
public sealed record ClusterSummary(
    string Id,
    IReadOnlyList<PostKey> Members,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Languages);

/// <summary>
/// Clusters and account networks computed from the store's flagged posts (<see cref="Storage.IPostStore.FlaggedForDedupAsync"/>):
/// identities, pseudonyms, fingerprints and links only — no post text is kept once fingerprinted. Immutable.
/// </summary>
public sealed class DedupSnapshot
{
    private DedupSnapshot(long changes, DateTimeOffset builtAt, int posts, IReadOnlyList<ClusterSummary> clusters, IReadOnlyList<AccountNetwork> networks,
        IReadOnlyDictionary<string, IReadOnlyList<string>> linksByAccount)
    {
        Changes = changes;
        BuiltAt = builtAt;
        Posts = posts;
        Clusters = clusters;
        Networks = networks;
        LinksByAccount = linksByAccount;
        ClusterByPost = clusters.SelectMany(c => c.Members.Select(m => (m, c))).ToDictionary(x => x.m, x => x.c);
    }

    /// <summary>The store's change number (<see cref="Storage.IPostStore.SummaryChangesAsync"/>) read before the posts were.</summary>
    public long Changes { get; }

    public DateTimeOffset BuiltAt { get; }

    /// <summary>Flagged posts read.</summary>
    public int Posts { get; }

    /// <summary>Clusters of at least two posts, largest first.</summary>
    public IReadOnlyList<ClusterSummary> Clusters { get; }

    public IReadOnlyDictionary<PostKey, ClusterSummary> ClusterByPost { get; }

    /// <summary>Account networks (never migrant requests, NGOs or news: only flagged posts are read), largest first.</summary>
    public IReadOnlyList<AccountNetwork> Networks { get; }

    /// <summary>For each account in a network, the links (phones, handles, clusters) it published.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> LinksByAccount { get; }

    /// <summary>Reads the flagged posts once, fingerprints them, and builds clusters and networks.</summary>
    public static async Task<DedupSnapshot> BuildAsync(IAsyncEnumerable<DedupInput> flagged, long changes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var posts = new List<(DedupInput Input, ulong Fingerprint)>();
        await foreach (var post in flagged.WithCancellation(cancellationToken))
        {
            // Only the fingerprint of the text is kept.
            posts.Add((post with { Text = "" }, SimHash.Compute(PseudonymTokens.Strip(post.Text))));
        }

        var byKey = posts.ToDictionary(p => p.Input.Key.ToString(), p => p.Input, StringComparer.Ordinal);
        var clusters = new ClusterBuilder()
            .Build(posts.Select(p => new FingerprintedPost(p.Input.Key.ToString(), p.Fingerprint, p.Input.Seen, p.Input.Category)))
            .Select(c =>
            {
                var members = c.Members.Select(m => byKey[m.Key]).ToList();
                return new ClusterSummary(c.Id, members.Select(m => m.Key).ToList(), c.FirstSeen, c.LastSeen,
                    Distinct(members.Select(m => m.Key.Platform)), Distinct(members.Select(m => m.Lang)));
            })
            .ToList();
        var clusterOf = clusters.SelectMany(c => c.Members.Select(m => (m, c.Id))).ToDictionary(x => x.m, x => x.Id);
        var activities = posts
            .Where(p => p.Input.Author is not null)
            .Select(p => new AccountActivity(
                p.Input.Key.Platform + ":" + p.Input.Author,
                p.Input.Key.Platform,
                p.Input.Lang,
                p.Input.Seen,
                p.Input.Category,
                p.Input.Links,
                clusterOf.GetValueOrDefault(p.Input.Key)))
            .ToList();
        var networks = new NetworkBuilder().Build(activities);
        var inNetworks = networks.SelectMany(n => n.Accounts).ToHashSet(StringComparer.Ordinal);
        var linksByAccount = activities.Where(a => inNetworks.Contains(a.Account))
            .GroupBy(a => a.Account)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.SelectMany(a => a.ClusterId is null ? a.Identifiers : a.Identifiers.Append("cluster:" + a.ClusterId)).Distinct().ToList(),
                StringComparer.Ordinal);
        return new DedupSnapshot(changes, now, posts.Count, clusters, networks, linksByAccount);
    }

    private static List<string> Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
