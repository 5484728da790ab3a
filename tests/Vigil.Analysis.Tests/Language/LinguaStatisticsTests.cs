using Vigil.Analysis.Language;
using Vigil.Testing;

namespace Vigil.Analysis.Tests.Language;

public sealed class LinguaStatisticsTests
{
    private static LinguaStatistics Turkish() => LinguaStatistics.Read(TestPaths.Fixture("lingua", "tr"), orders: 2);

    private static Dictionary<string, double> Features(LinguaStatistics statistics) =>
        statistics.Features().ToDictionary(f => f.Gram, f => f.PerLetter);

    [Fact]
    public void Read_RealTurkishFiles_GivesFrequenciesPerLetter()
    {
        var statistics = Turkish();
        var features = Features(statistics);

        Assert.Equal("TURKISH", statistics.Language);
        Assert.Equal(2, statistics.GramCounts.Count);
        Assert.Equal(4852245.0 / 43182392, features["a"], 12); // the unigram fraction as written in the file
        Assert.Equal(1.0, features.Where(f => f.Key.Length == 1).Sum(f => f.Value), 6); // letters' shares sum to 1
        Assert.True(features["ın"] > features["nı"] && features["nı"] > 0);
    }

    [Fact]
    public void Features_RealTurkishFiles_SplitEveryLetterIntoFollowedOrWordEnd()
    {
        var features = Features(Turkish());

        // f(ğ) = f("ğ ") + Σ_x f(ğx): every ğ either ends a word or is followed by a letter.
        var followed = features.Where(f => f.Key.Length == 2 && f.Key[0] == 'ğ' && f.Key[1] != ' ').Sum(f => f.Value);
        Assert.Equal(features["ğ"], features["ğ "] + followed, 12);
        Assert.True(features[" ğ"] < 0.01 * features["ğ"]); // Turkish words (almost) never start with ğ
        Assert.True(features[" k"] > 0.2 * features["k"]); // but often with k

        // as many words start as end, and a word is 3 to 10 letters long on average
        var starts = features.Where(f => f.Key.Length == 2 && f.Key[0] == ' ').Sum(f => f.Value);
        var ends = features.Where(f => f.Key.Length == 2 && f.Key[1] == ' ').Sum(f => f.Value);
        Assert.Equal(starts, ends, 3);
        Assert.InRange(1 / starts, 3, 10);
    }

    [Theory]
    [InlineData("{\"language\":\"X\",\"ngrams\":{\"1/2\":\"a b\"}}", "{\"language\":\"X\",\"ngrams\":{\"1/2\":\"abc\"}}", "\"abc\" has 3 letters, expected 2")]
    [InlineData("{\"language\":\"X\",\"ngrams\":{\"0/2\":\"a\"}}", null, "\"0/2\" is not a fraction")]
    [InlineData("{\"language\":\"X\",\"ngrams\":{\"3/2\":\"a\"}}", null, "\"3/2\" is not a fraction")]
    [InlineData("{\"language\":\"X\",\"ngrams\":{\"1/2\":\"a\"}}", "{\"language\":\"X\",\"ngrams\":{\"1/2\":\"ba\"}}", "\"ba\" has no entry for its prefix \"b\"")]
    [InlineData("{\"language\":\"X\",\"ngrams\":{\"1/2\":\"a\"}}", "{\"language\":\"Y\",\"ngrams\":{\"1/2\":\"aa\"}}", "are for Y, the lower orders for X")]
    [InlineData("{\"language\":\"X\",\"ngrams\":[]}", null, "need an object with \"language\"")]
    [InlineData("{\"language\":\"X\",\"ngrams\":{\"1/2\":\"a", null, "not valid JSON")]
    [InlineData("{\"language\":\"X\",\"ngrams\":{\"1/2\":\"a\",\"1/3\":\"a\"}}", null, "\"a\" appears twice")]
    public void Parse_Malformed_ThrowsInvalidDataNamingTheProblem(string unigrams, string? bigrams, string expected)
    {
        string[] files = bigrams is null ? [unigrams] : [unigrams, bigrams];

        var error = Assert.Throws<InvalidDataException>(() => LinguaStatistics.Parse(files, "test/xx"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("test/xx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotBrotli_ThrowsInvalidData()
    {
        var folder = TestPaths.TempDir("lingua");
        File.WriteAllText(Path.Combine(folder, "unigrams.json.br"), "{\"language\":\"X\",\"ngrams\":{}} is not compressed");

        var error = Assert.Throws<InvalidDataException>(() => LinguaStatistics.Read(folder, orders: 1));

        Assert.Contains("not valid Brotli", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_SaysWhichFile()
    {
        var folder = TestPaths.TempDir("lingua");

        var error = Assert.Throws<FileNotFoundException>(() => LinguaStatistics.Read(folder, orders: 1));

        Assert.Contains("unigrams.json.br", error.Message, StringComparison.Ordinal);
    }
}
