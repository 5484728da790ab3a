using Vigil.Analysis.Classification;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Tests.Classification;

public sealed class RuleLayerTests
{
    private static RuleEvidence Evaluate(string text, Indicators indicators) =>
        Evidence.ShippedRules.Evaluate(MatchText.Prepare(text), indicators);

    [Fact]
    public void Evaluate_PriceRouteContact_WeighsMoreThanAnySingleLexiconTerm()
    {
        var maxTerm = Evidence.ShippedRules.Lexicon.Entries.Max(e => e.Weight);
        var evidence = Evaluate("Call now.", Evidence.PriceRouteContact);

        Assert.True(evidence.Scores[(int)Category.SmugglingOffer] > maxTerm);
        Assert.Contains(evidence.Combinations, r => r.Label == "price + route + contact + no lex:humanitarian_or_news");
        Assert.Equal(Category.SmugglingOffer, evidence.Decide());
    }

    [Fact]
    public void Evaluate_CombinationsForOneCategory_OnlyTheStrongestCounts()
    {
        var evidence = Evaluate("Call now.", Evidence.PriceRouteContact);
        var strongest = Evidence.ShippedRules.Rules.Where(r => r.Target == Category.SmugglingOffer && r.Fires(evidence.Signals)).Max(r => r.Weight);

        Assert.Equal(strongest, evidence.Scores[(int)Category.SmugglingOffer], 6);
        Assert.Single(evidence.Combinations, r => r.Target == Category.SmugglingOffer);
    }

    [Fact]
    public void Evaluate_NgoWarningQuotingASmugglersPrice_StaysHumanitarian()
    {
        const string text = "UNHCR warns: smugglers charge 4500 EUR for the boat from Izmir to Greece. Do not trust them and know your rights.";
        var evidence = Evaluate(text, Evidence.PriceRoute);

        Assert.Equal(Category.HumanitarianOrNews, evidence.Decide());
        Assert.DoesNotContain(evidence.Combinations, r => r.Target == Category.SmugglingOffer && r.Weight > 1);
    }

    [Theory]
    [InlineData("المفوضية تحذر: المهربون يطلبون 4500 يورو للرحلة من إزمير إلى اليونان، لا تثقوا بهم")]
    [InlineData("Sahil güvenlik uyarı: organizatörler kişi başı 4500 euro istiyor, güvenmeyin")]
    [InlineData("По данным УВКБ ООН, перевозчики берут 4500 евро; не доверяйте им")]
    public void Evaluate_WarningsInRouteLanguagesQuotingPrices_StayHumanitarian(string text) =>
        Assert.Equal(Category.HumanitarianOrNews, Evaluate(text, Evidence.PriceRoute).Decide());

    [Fact]
    public void Evaluate_NoEvidence_IsUnrelated()
    {
        var evidence = Evaluate("Lovely weather for a picnic with friends", Indicators.Empty);
        Assert.Equal(Category.Unrelated, evidence.Decide());
    }

    [Fact]
    public void Evaluate_FlaggedGroupRow_AddsToEveryFlaggedCategoryOnly()
    {
        var (lexicon, _) = Lexicon.Parse([("en", "en.tsv", "darkweb\tflagged\t1.0\tcue\n")]);
        var layer = new RuleLayer(lexicon, []);
        var evidence = layer.Evaluate("darkweb", Indicators.Empty);

        foreach (var c in Categories.All)
        {
            Assert.Equal(c.IsFlagged() ? 1.0 : 0.0, evidence.Scores[(int)c]);
        }
    }

    [Fact]
    public void Evaluate_Signals_NameKindsNotValues()
    {
        var evidence = Evaluate("Call now.", Evidence.PriceRouteContact);
        Assert.Contains("contact", evidence.Signals);
        Assert.DoesNotContain(evidence.Signals, s => s.Contains("+90", StringComparison.Ordinal));
    }
}
