using Vigil.Analysis.Classification;
using Vigil.Analysis.Classification.Training;
using Vigil.Core.Analysis;
using Vigil.Testing;

namespace Vigil.Analysis.Tests.Classification;

/// <summary>Test data for the classifier: indicators, the shipped rules and the fixture corpus.</summary>
internal static class Evidence
{
    public static Indicators PriceRouteContact { get; } = new()
    {
        Prices = [new PriceIndicator(4500, "EUR")],
        Places = [new PlaceIndicator("Izmir", "TR", "origin"), new PlaceIndicator("Greece", "GR", "destination")],
        Phones = [new PhoneIndicator("+905320000000", "TR")],
    };

    public static Indicators PriceRoute { get; } = PriceRouteContact with { Phones = [] };

    public static RuleLayer ShippedRules { get; } = RuleLayer.LoadEmbedded();

    public static IReadOnlyList<CorpusPost> TinyCorpus()
    {
        var posts = new List<CorpusPost>();
        var errors = new List<string>();
        CorpusReader.Read("tiny-corpus.jsonl", File.ReadLines(TestPaths.Fixture("classification", "tiny-corpus.jsonl")), posts, errors);
        return posts;
    }
}
