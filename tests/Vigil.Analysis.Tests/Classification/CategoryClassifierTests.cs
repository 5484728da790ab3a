using Vigil.Analysis.Classification;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Tests.Classification;

public sealed class CategoryClassifierTests
{
    private static readonly CategoryClassifier Shipped = CategoryClassifier.LoadEmbedded();
    private static readonly CategoryClassifier RulesOnly = new(Evidence.ShippedRules, null);
    private static readonly LanguageGuess English = new("en", 1);

    public static TheoryData<string> Classifiers => ["shipped", "rules"];

    private static CategoryClassifier Pick(string which) => which == "shipped" ? Shipped : RulesOnly;

    [Theory]
    [MemberData(nameof(Classifiers))]
    public void Classify_JourneyAdvert_ExplainsTermsAndCombination(string which)
    {
        var result = Pick(which).Classify("Safe trip by yacht, guaranteed arrival, pay on arrival. Call us", English, Evidence.PriceRouteContact);

        Assert.Equal(Category.SmugglingOffer, result.Category);
        Assert.Contains(result.Explanation, e => e.StartsWith("matched 'pay on arrival'", StringComparison.Ordinal));
        Assert.Contains(result.Explanation, e => e.StartsWith("price + route + contact", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Classifiers))]
    public void Classify_NgoWarningQuotingASmugglersPrice_StaysHumanitarian(string which)
    {
        var result = Pick(which).Classify(
            "UNHCR warns: smugglers charge 4500 EUR for the boat from Izmir to Greece. Do not trust them and know your rights.",
            English,
            Evidence.PriceRoute);

        Assert.Equal(Category.HumanitarianOrNews, result.Category);
    }

    [Theory]
    [MemberData(nameof(Classifiers))]
    public void Classify_Scores_AreADistributionAndConfidenceIsTheTopScore(string which)
    {
        var result = Pick(which).Classify("مطلوب سائقين مع سيارته، عمولة ممتازة على كل راس", new LanguageGuess("ar", 1), Indicators.Empty);

        Assert.Equal(Categories.All.Count, result.Scores.Count);
        Assert.InRange(result.Scores.Values.Sum(), 0.99, 1.01);
        Assert.Equal(result.Scores.Values.Max(), result.Confidence);
        Assert.Equal(result.Scores[result.Category], result.Confidence);
        if (which != "shipped")
        {
            // The model shipped 2026-11-23 reads this short post, given no indicators, as unrelated: a known miss
            // (recall of facilitator_recruitment on test is 0.63, docs/benchmarks.md); the lexicon rules get it right.
            Assert.Equal(Category.FacilitatorRecruitment, result.Category);
        }
    }

    [Fact]
    public void Classify_TermInTwoLanguageFiles_IsExplainedOnce()
    {
        var result = Shipped.Classify("UNHCR warns: do not trust smugglers", English, Indicators.Empty);
        Assert.Single(result.Explanation, e => e.StartsWith("matched 'unhcr'", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Classify_ExplanationNeverRepeatsIdentifiersFromThePost()
    {
        var result = Shipped.Classify("Trip to Italy, call +905321234567 or @boss_trips", English, Evidence.PriceRouteContact);
        Assert.DoesNotContain(result.Explanation, e => e.Contains("905321234567", StringComparison.Ordinal) || e.Contains("boss_trips", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_ManyThreadsAtOnce_GiveTheSameAnswersAsOneThread()
    {
        var posts = Evidence.TinyCorpus();
        var sequential = posts.Select(p => Shipped.Classify(p.Text, new LanguageGuess(p.Lang, 1), Indicators.Empty)).ToArray();
        var parallel = new Vigil.Core.Analysis.Classification[posts.Count];
        Parallel.For(0, posts.Count * 20, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var p = posts[i % posts.Count];
            parallel[i % posts.Count] = Shipped.Classify(p.Text, new LanguageGuess(p.Lang, 1), Indicators.Empty);
        });

        for (var i = 0; i < posts.Count; i++)
        {
            Assert.Equal(sequential[i].Category, parallel[i].Category);
            Assert.Equal(sequential[i].Confidence, parallel[i].Confidence);
            Assert.Equal(sequential[i].Explanation, parallel[i].Explanation);
        }
    }
}
