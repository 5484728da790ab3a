using Vigil.Core.Analysis;

namespace Vigil.Analysis.Dedup;

/// <summary>One stored post as the clustering sees it: its key, SimHash and when it was seen.</summary>
public sealed record FingerprintedPost(string Key, ulong Fingerprint, DateTimeOffset? Seen, Category Category = Category.Unrelated);

/// <summary>
/// Posts that are near copies of each other (an advert reposted with small changes). The id is derived
/// from the earliest member, so it stays the same as later reposts join.
/// </summary>
public sealed record NearDuplicateCluster(
    string Id,
    IReadOnlyList<FingerprintedPost> Members,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen);

/// <summary>Groups near-duplicate posts: single-link over pairs within <see cref="MaxDistance"/> bits.</summary>
public sealed class ClusterBuilder(int maxDistance = ClusterBuilder.DefaultMaxDistance)
{
    /// <summary>
    /// Hamming distance (of 64 bits) up to which two posts count as the same advert. Measured: one-word
    /// edits of 100–300 character adverts mostly land at 2–13 bits, unrelated adverts at 23 or more.
    /// </summary>
    public const int DefaultMaxDistance = 12;

    public int MaxDistance { get; } = maxDistance;

    /// <summary>The id of a cluster whose earliest member has the key <paramref name="firstMemberKey"/>.</summary>
    public static string IdFor(string firstMemberKey) => StableId.From("c_", firstMemberKey);

    /// <summary>
    /// Clusters of at least two posts, largest first. Posts without letters (fingerprint 0) never cluster.
    /// Posts with the same fingerprint (an advert reposted with only another number, price or emoji) are one
    /// entry of the index: they are always in the same cluster (distance 0), and a store of reposts costs
    /// index work per distinct advert, not per post.
    /// </summary>
    public IReadOnlyList<NearDuplicateCluster> Build(IEnumerable<FingerprintedPost> posts)
    {
        var ordered = posts.Where(p => p.Fingerprint != 0)
            .OrderBy(p => p.Seen ?? DateTimeOffset.MaxValue).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        var index = new NearDuplicateIndex();
        var sets = new UnionFind();
        var setOfFingerprint = new Dictionary<ulong, int>();
        var setOfPost = new int[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var fingerprint = ordered[i].Fingerprint;
            if (!setOfFingerprint.TryGetValue(fingerprint, out var id))
            {
                // Set ids and index ids both count distinct fingerprints, so a neighbour's index id is its set id.
                id = sets.Add();
                foreach (var neighbour in index.Find(fingerprint, MaxDistance))
                {
                    sets.Union(id, neighbour.Id);
                }

                index.Add(fingerprint);
                setOfFingerprint.Add(fingerprint, id);
            }

            setOfPost[i] = id;
        }

        return ordered.Select((post, i) => (post, root: sets.Find(setOfPost[i])))
            .GroupBy(x => x.root)
            .Where(g => g.Count() > 1)
            .Select(g =>
            {
                var members = g.Select(x => x.post).ToList();
                return new NearDuplicateCluster(IdFor(members[0].Key), members, members[0].Seen, members.Max(m => m.Seen));
            })
            .OrderByDescending(c => c.Members.Count).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }
}
