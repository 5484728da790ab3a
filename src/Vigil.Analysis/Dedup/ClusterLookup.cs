namespace Vigil.Analysis.Dedup;

/// <summary>
/// Answers "which near-duplicate cluster of the stored posts would this post fall into?" without storing it.
/// Built once from the stored posts' fingerprints: a post in a cluster maps to that cluster's id; a stored post
/// not yet in a cluster maps to the id the cluster will get when a later repost joins it (ids come from the
/// earliest member, see <see cref="ClusterBuilder"/>). A query is answered by the nearest stored fingerprint
/// within <see cref="ClusterBuilder.MaxDistance"/> bits. Immutable after <see cref="Build"/>; lookups are thread-safe.
/// </summary>
/// <remarks>Holds fingerprints and cluster ids only — no text and no identifier of the stored posts.</remarks>
public sealed class ClusterLookup
{
    private const string ClusterPrefix = "c_";

    private readonly NearDuplicateIndex _index;
    private readonly ulong[] _clusterIds; // the 48 bits of each post's cluster id (8 bytes a post, no string per post)
    private readonly int _maxDistance;

    private ClusterLookup(NearDuplicateIndex index, ulong[] clusterIds, int maxDistance)
    {
        _index = index;
        _clusterIds = clusterIds;
        _maxDistance = maxDistance;
    }

    /// <summary>Number of stored posts that can be matched.</summary>
    public int Count => _clusterIds.Length;

    /// <summary>Builds the lookup over <paramref name="stored"/> (the posts the clusters are made of).</summary>
    public static ClusterLookup Build(IEnumerable<FingerprintedPost> stored, int maxDistance = ClusterBuilder.DefaultMaxDistance)
    {
        var posts = stored.Where(p => p.Fingerprint != 0).ToList();
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cluster in new ClusterBuilder(maxDistance).Build(posts))
        {
            foreach (var member in cluster.Members)
            {
                clusterOf[member.Key] = cluster.Id;
            }
        }

        var index = new NearDuplicateIndex();
        var fingerprints = new ulong[posts.Count];
        var ids = new ulong[posts.Count];
        for (var i = 0; i < posts.Count; i++)
        {
            fingerprints[i] = posts[i].Fingerprint;
            ids[i] = StableId.Parse(ClusterPrefix, clusterOf.GetValueOrDefault(posts[i].Key) ?? ClusterBuilder.IdFor(posts[i].Key));
        }

        index.AddRange(fingerprints);
        index.Compact();
        return new ClusterLookup(index, ids, maxDistance);
    }

    /// <summary>The cluster id for a post with this text, or null when no stored post is a near duplicate of it.</summary>
    public string? Find(string text) => FindFingerprint(SimHash.Compute(text));

    /// <summary>The cluster id for a fingerprint, or null (also for 0, a text without letters).</summary>
    public string? FindFingerprint(ulong fingerprint)
    {
        if (fingerprint == 0 || _clusterIds.Length == 0)
        {
            return null;
        }

        return _index.FindNearest(fingerprint, _maxDistance) is { } nearest ? StableId.Format(ClusterPrefix, _clusterIds[nearest.Id]) : null;
    }

    /// <summary>Approximate memory held, in bytes: the index plus 8 bytes a post for the cluster ids.</summary>
    public long ApproximateBytes => _index.ApproximateBytes + (_clusterIds.LongLength * 8);

    /// <summary>Builds a lookup over bare fingerprints, each its own would-be cluster (for benchmarks of the lookup at scale).</summary>
    public static ClusterLookup FromFingerprints(IReadOnlyList<ulong> fingerprints, int maxDistance = ClusterBuilder.DefaultMaxDistance)
    {
        var index = new NearDuplicateIndex();
        var ids = new ulong[fingerprints.Count];
        for (var i = 0; i < fingerprints.Count; i++)
        {
            ids[i] = fingerprints[i] >> 16;
        }

        index.AddRange([.. fingerprints]);
        index.Compact();
        return new ClusterLookup(index, ids, maxDistance);
    }
}
