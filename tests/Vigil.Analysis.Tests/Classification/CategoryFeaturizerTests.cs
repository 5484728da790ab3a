using Vigil.Analysis.Classification;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Tests.Classification;

public sealed class CategoryFeaturizerTests
{
    private static readonly CategoryFeaturizer Featurizer = new(14);

    private static HashSet<int> Named(string text)
    {
        var folded = MatchText.Prepare(text);
        var evidence = Evidence.ShippedRules.Evaluate(folded, Indicators.Empty);
        var sink = new Collect([]);
        Featurizer.FeaturizeNamed(folded, evidence, ref sink);
        return sink.Indices;
    }

    [Fact]
    public void FeaturizeNamed_TranslationsOfOneLexiconConcept_ShareAFeature()
    {
        // "pay on arrival" in Arabic, English and German: three lexicon rows with one gloss.
        var ar = Named("الدفع عند الوصول");
        var en = Named("pay on arrival");
        var de = Named("Zahlung nach Ankunft");
        var concept = Featurizer.Named("concept:pay on arrival>smuggling_offer");

        Assert.Contains(concept, ar);
        Assert.Contains(concept, en);
        Assert.Contains(concept, de);
        Assert.DoesNotContain(concept, Named("a quiet afternoon in the park"));
    }

    [Fact]
    public void Featurize_IsTextFeaturesThenNamedFeatures_InSeparateRegions()
    {
        var folded = MatchText.Prepare("Safe trip to Italy, pay on arrival");
        var evidence = Evidence.ShippedRules.Evaluate(folded, Indicators.Empty);
        var text = new Collect([]);
        Featurizer.FeaturizeText(folded, ref text);
        var all = new Collect([]);
        Featurizer.Featurize(folded, evidence, ref all);

        Assert.All(text.Indices, i => Assert.InRange(i, 0, (1 << 14) - 1));
        Assert.All(Named("Safe trip to Italy, pay on arrival"), i => Assert.InRange(i, 1 << 14, Featurizer.Dimension - 1));
        Assert.Equal(text.Indices.Union(Named("Safe trip to Italy, pay on arrival")).Order(), all.Indices.Order());
    }

    [Fact]
    public void FeaturizeText_EachBlockListsDistinctIndicesOnce_WithValueOneOverRootOfTheirCount()
    {
        // A long post (thousands of distinct n-grams, more than the scratch set starts with), then a short
        // one, then the long one again: the blocks must not depend on what the thread featurized before.
        var rng = new Random(5);
        var words = Enumerable.Range(0, 3000).Select(_ => new string(Enumerable.Range(0, 6).Select(_ => (char)('a' + rng.Next(26))).ToArray()));
        var longPost = MatchText.Prepare(string.Join(' ', words));
        var big = new CategoryFeaturizer(20);

        var first = Sequence(big, longPost);
        _ = Sequence(big, MatchText.Prepare("safe trip to Italy"));
        var again = Sequence(big, longPost);

        Assert.Equal(first, again);
        foreach (var block in first.GroupBy(f => f.Value))
        {
            var indices = block.Select(f => f.Index).ToList();
            Assert.Equal(indices.Count, indices.Distinct().Count());
            Assert.Equal(1f / MathF.Sqrt(indices.Count), block.Key);
        }

        Assert.True(first.Count > 5000, $"{first.Count} features");
    }

    private static List<(int Index, float Value)> Sequence(CategoryFeaturizer featurizer, string folded)
    {
        var sink = new Record([]);
        featurizer.FeaturizeText(folded, ref sink);
        return sink.Features;
    }

    private readonly struct Record(List<(int Index, float Value)> features) : IFeatureSink
    {
        public List<(int Index, float Value)> Features => features;

        public void Add(int index, float value) => features.Add((index, value));
    }

    private readonly struct Collect(HashSet<int> indices) : IFeatureSink
    {
        public HashSet<int> Indices => indices;

        public void Add(int index, float value) => indices.Add(index);
    }
}
