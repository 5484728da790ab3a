using Vigil.Analysis.Dedup;

namespace Vigil.Analysis.Tests.Dedup;

public sealed class ClusterLookupTests
{
    private const string Advert = "Safe trip from Izmir to Greece every week by big boat, price per person, pay on arrival, families welcome, call us on WhatsApp for the next departure";
    private const string OtherAdvert = "Drivers wanted for night work between Serbia and Hungary, own car, cash paid after each trip, no questions asked, write in private";

    private static FingerprintedPost Stored(string key, string text, int day) =>
        new(key, SimHash.Compute(text), new DateTimeOffset(2026, 11, day, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Find_RepostOfAClusteredAdvert_GivesTheClusterId()
    {
        var stored = new[] { Stored("tg:1", Advert, 1), Stored("tg:2", Advert + " 🔥", 2), Stored("fb:9", OtherAdvert, 3) };
        var cluster = new ClusterBuilder().Build(stored).Single();

        var lookup = ClusterLookup.Build(stored);

        Assert.Equal(cluster.Id, lookup.Find(Advert.Replace("every week", "each week", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_RepostOfASingleStoredAdvert_GivesTheIdItsClusterWillHave()
    {
        var stored = new[] { Stored("tg:1", Advert, 1), Stored("fb:9", OtherAdvert, 3) };
        var lookup = ClusterLookup.Build(stored);

        var id = lookup.Find(OtherAdvert + " urgent");

        var afterStoring = new ClusterBuilder().Build([.. stored, Stored("x:5", OtherAdvert + " urgent", 4)]).Single();
        Assert.Equal(afterStoring.Id, id);
    }

    [Fact]
    public void Find_UnrelatedOrLetterlessText_GivesNull()
    {
        var lookup = ClusterLookup.Build([Stored("tg:1", Advert, 1), Stored("fb:9", OtherAdvert, 3)]);

        Assert.Null(lookup.Find("The football match was postponed because of the storm; tickets stay valid for the new date next month."));
        Assert.Null(lookup.Find("+90 532 123 45 67 — 4500 €"));
        Assert.Null(ClusterLookup.Build([]).Find(Advert));
    }

    [Fact]
    public void ApproximateBytes_IsFiftyBytesOfIndexPlusEightOfClusterIdAPost()
    {
        var fingerprints = Enumerable.Range(0, 10_000).Select(i => (ulong)i * 0x9E3779B97F4A7C15UL).ToArray();

        var lookup = ClusterLookup.FromFingerprints(fingerprints);

        Assert.Equal(10_000, lookup.Count);
        // 5 tables × (6 bytes of fingerprint outside the table's window + 4-byte id) + 8 bytes of cluster id a post,
        // plus fixed bucket offsets and the pending buffer.
        var fixedBytes = (5 * 65537 * 4) + (4096 * 8);
        Assert.Equal((58 * 10_000) + fixedBytes, lookup.ApproximateBytes);
    }
}
