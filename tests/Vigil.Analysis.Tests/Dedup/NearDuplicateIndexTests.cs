using FsCheck;
using FsCheck.Fluent;
using Vigil.Analysis.Dedup;

namespace Vigil.Analysis.Tests.Dedup;

public sealed class NearDuplicateIndexTests
{
    [Fact]
    public void Find_PostIsItsOwnNearestNeighbour()
    {
        var property = Prop.ForAll(
            Gen.ArrayOf(ArbMap.Default.GeneratorFor<ulong>()).Where(a => a.Length > 0).ToArbitrary(),
            fingerprints =>
            {
                var index = new NearDuplicateIndex();
                foreach (var fp in fingerprints)
                {
                    index.Add(fp);
                }

                return Enumerable.Range(0, fingerprints.Length).All(id =>
                {
                    var nearest = index.Find(fingerprints[id], 0);
                    return nearest.Count > 0 && nearest[0].Distance == 0 && nearest.Any(n => n.Id == id);
                });
            });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Find_AfterRebuild_FindsEveryInsertedNearCopy()
    {
        var rng = new Random(11);
        var index = new NearDuplicateIndex();
        var originals = new List<ulong>();
        for (var i = 0; i < 20_000; i++)
        {
            var fp = (ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 40);
            originals.Add(fp);
            index.Add(fp);
        }

        // A copy with three flipped bits, spread over different windows, must still be found.
        var missed = originals.Take(500).Count(fp =>
        {
            var query = fp ^ (1UL << 3) ^ (1UL << 29) ^ (1UL << 58);
            return index.Find(query, 3).All(n => originals[n.Id] != fp);
        });
        Assert.Equal(0, missed);
        Assert.Equal(20_000, index.Count);
    }

    [Fact]
    public void Find_RespectsMaxDistance()
    {
        var index = new NearDuplicateIndex();
        index.Add(0UL);
        index.Add(0b1111UL);
        Assert.Single(index.Find(0UL, 3));
        Assert.Equal(2, index.Find(0UL, 4).Count);
    }

    [Fact]
    public void ApproximateBytes_AtOneMillionPosts_StaysUnder64BytesPerPost()
    {
        var rng = new Random(5);
        var index = new NearDuplicateIndex();
        var fingerprints = new ulong[1_000_000];
        for (var i = 0; i < fingerprints.Length; i++)
        {
            fingerprints[i] = (ulong)rng.NextInt64();
        }

        index.AddRange(fingerprints);
        index.Compact();

        // Without the cluster id a post: 5 tables × 10 bytes plus 1.3 bytes of bucket offsets.
        Assert.InRange(index.ApproximateBytes / (double)index.Count, 50, 52);

        Assert.True(index.ApproximateBytes / (double)index.Count < 64, $"{index.ApproximateBytes / (double)index.Count:F1} bytes per post");
    }

    [Fact]
    public void Find_GivesExactlyTheStoredFingerprintsWithinReachOfAProbe()
    {
        // Reference: a stored fingerprint is found when it is within the distance and one of the five
        // 16-bit windows differs from the query's in at most one bit.
        static bool Reachable(ulong a, ulong b) => Enumerable.Range(0, NearDuplicateIndex.Tables)
            .Any(t => ulong.PopCount((System.Numerics.BitOperations.RotateRight(a ^ b, t * 13)) & 0xFFFF) <= 1);

        var rng = new Random(23);
        var stored = new List<ulong>();
        for (var i = 0; i < 70_000; i++)
        {
            // Clusters of near copies, so that many queries have several neighbours at several distances.
            stored.Add(i % 7 == 0 || stored.Count == 0 ? (ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 40) : stored[^1] ^ (1UL << rng.Next(64)) ^ (1UL << rng.Next(64)));
        }

        var index = new NearDuplicateIndex();
        index.AddRange(stored.ToArray().AsSpan(0, 66_000));
        foreach (var fp in stored.Skip(66_000))
        {
            index.Add(fp); // fewer than 4,096: they stay pending, and pending ones are compared one by one
        }

        foreach (var queryId in Enumerable.Range(0, 300).Select(i => (i * 233) % stored.Count))
        {
            var query = stored[queryId] ^ (1UL << (queryId % 64));
            var expected = Enumerable.Range(0, stored.Count)
                .Select(id => new Neighbour(id, (int)ulong.PopCount(stored[id] ^ query)))
                .Where(n => n.Distance <= 12 && (n.Id >= 66_000 || Reachable(stored[n.Id], query)))
                .OrderBy(n => n.Distance).ThenBy(n => n.Id)
                .ToList();

            Assert.Equal(expected, index.Find(query, 12));
            Assert.Equal(expected.Count == 0 ? null : expected[0], index.FindNearest(query, 12));
        }
    }

    [Fact]
    public void AddRange_GivesTheSameIdsAsAddingOneByOne()
    {
        var rng = new Random(3);
        var fingerprints = Enumerable.Range(0, 10_000).Select(_ => (ulong)rng.NextInt64()).ToArray();
        var one = new NearDuplicateIndex();
        foreach (var fp in fingerprints)
        {
            one.Add(fp);
        }

        var many = new NearDuplicateIndex();
        Assert.Equal(0, many.AddRange(fingerprints.AsSpan(0, 5000)));
        Assert.Equal(5000, many.AddRange(fingerprints.AsSpan(5000)));

        Assert.Equal(one.Count, many.Count);
        Assert.All(Enumerable.Range(0, fingerprints.Length).Where(i => i % 97 == 0), i =>
        {
            Assert.Equal(one.Find(fingerprints[i], 12), many.Find(fingerprints[i], 12));
            Assert.Equal(i, many.FindNearest(fingerprints[i], 0)!.Value.Id);
        });
    }
}
