using Vigil.Analysis.Dedup;
using Vigil.Testing;

namespace Vigil.Analysis.Tests.Dedup;

public sealed class ClusterBuilderTests
{
    // A vocabulary of 3,000 pseudo-words in Latin, Arabic and Cyrillic letters, so generated posts
    // overlap about as little as unrelated real posts do.
    private static readonly string[] Vocabulary = MakeVocabulary(3000);

    private static string[] MakeVocabulary(int size)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzابتثجحخدذرزسشصضطظعغفقكلمنهويабвгдежзиклмнопрстуфхцчшщыэюя";
        var rng = new Random(1);
        return Enumerable.Range(0, size)
            .Select(_ => new string(Enumerable.Range(0, rng.Next(3, 10)).Select(_ => letters[rng.Next(letters.Length)]).ToArray()))
            .ToArray();
    }

    private static string[] RandomAdvert(Random rng) =>
        Enumerable.Range(0, rng.Next(25, 46)).Select(_ => Vocabulary[rng.Next(Vocabulary.Length)]).ToArray();

    private static FingerprintedPost Post(string key, string text, int day) =>
        new(key, SimHash.Compute(text), Some.Instant.AddDays(day));

    [Fact]
    public void Build_OneWordEdit_StaysInCluster()
    {
        // Over 300 generated adverts of 25–45 words: replacing one word keeps the pair together.
        var rng = new Random(42);
        var kept = 0;
        var total = 0;
        for (var n = 0; n < 300; n++)
        {
            var words = RandomAdvert(rng);
            var i = rng.Next(words.Length);
            var edited = (string[])words.Clone();
            edited[i] = "xenophon";
            var clusters = new ClusterBuilder().Build([Post("a", string.Join(' ', words), 0), Post("b", string.Join(' ', edited), 1)]);
            total++;
            kept += clusters.Count == 1 ? 1 : 0;
        }

        Assert.True(kept >= total * 0.95, $"{kept} of {total} one-word edits stayed in their cluster");
    }

    [Fact]
    public void Build_UnrelatedPosts_DoNotMerge()
    {
        var rng = new Random(7);
        var texts = Enumerable.Range(0, 200).Select(_ => string.Join(' ', RandomAdvert(rng))).ToList();
        var clusters = new ClusterBuilder().Build(texts.Select((t, i) => Post("p" + i, t, i)));
        Assert.True(clusters.Count == 0, $"{clusters.Sum(c => c.Members.Count)} of 200 unrelated posts merged");
    }

    [Fact]
    public void Build_ClusterId_IsStableWhenLaterRepostsJoin()
    {
        var ad = "Safe trip from Libya to Italy by big boat, guaranteed, price 3000$ per person, call or WhatsApp now, places limited";
        var first = new ClusterBuilder().Build([Post("telegram:1", ad, 0), Post("telegram:2", ad + " 🔥", 2)]);
        var later = new ClusterBuilder().Build([Post("telegram:3", "✅ " + ad, 9), Post("telegram:1", ad, 0), Post("telegram:2", ad + " 🔥", 2)]);
        Assert.Equal(first.Single().Id, later.Single().Id);
        Assert.Equal(3, later.Single().Members.Count);
        Assert.Equal("telegram:1", later.Single().Members[0].Key);
    }

    [Fact]
    public void Build_SingletonsAndLetterlessPosts_AreNotClusters()
    {
        var clusters = new ClusterBuilder().Build([Post("a", "📞📞📞", 0), Post("b", "📞📞📞", 1), Post("c", "only one of a kind here", 2)]);
        Assert.Empty(clusters);
    }
}
