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
        for (var i = 0; i < 1_000_000; i++)
        {
            index.Add((ulong)rng.NextInt64());
        }

        index.Compact();

        Assert.True(index.ApproximateBytes / (double)index.Count < 64, $"{index.ApproximateBytes / (double)index.Count:F1} bytes per post");
    }
}
