using Vigil.Analysis.Classification;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Tests.Classification;

public sealed class ClassificationReportTests
{
    private static EvaluatedPrediction P(Category gold, Category predicted, string lang = "en") => new(gold, predicted, lang, 0.9);

    [Fact]
    public void Compute_HumanitarianFlaggedAsSmugglingOrGuidance_CountsAsFalseFlag()
    {
        var report = ClassificationReport.Compute([
            P(Category.HumanitarianOrNews, Category.HumanitarianOrNews),
            P(Category.HumanitarianOrNews, Category.SmugglingOffer),
            P(Category.HumanitarianOrNews, Category.GuidanceInfo),
            P(Category.HumanitarianOrNews, Category.Unrelated),
            P(Category.SmugglingOffer, Category.SmugglingOffer),
        ]);

        Assert.Equal(4, report.HumanitarianCount);
        Assert.Equal(2, report.HumanitarianFlagged);
        Assert.Equal(1, report.HumanitarianAsSmuggling);
        Assert.Equal(0.5, report.FalseFlagRate);
        Assert.False(report.MeetsGoals);
    }

    [Fact]
    public void Compute_PrecisionRecallAndMacroF1_OverCategoriesPresent()
    {
        var report = ClassificationReport.Compute([
            P(Category.SmugglingOffer, Category.SmugglingOffer),
            P(Category.SmugglingOffer, Category.DocumentFraud),
            P(Category.DocumentFraud, Category.DocumentFraud),
            P(Category.DocumentFraud, Category.DocumentFraud, "ar"),
        ]);

        var offer = report.PerCategory.Single(c => c.Name == "smuggling_offer");
        var docs = report.PerCategory.Single(c => c.Name == "document_fraud");
        Assert.Equal((1.0, 0.5), (offer.Precision, offer.Recall));
        Assert.Equal((2 / 3.0, 1.0), (docs.Precision, docs.Recall), (a, b) => Math.Abs(a.Item1 - b.Item1) < 1e-9 && Math.Abs(a.Item2 - b.Item2) < 1e-9);
        Assert.Equal((offer.F1 + docs.F1) / 2, report.MacroF1, 9);
        Assert.Equal(1, report.Confusion[(int)Category.SmugglingOffer][(int)Category.DocumentFraud]);
        Assert.Equal(0.75, report.Accuracy);
        Assert.Equal(["en", "ar"], report.PerLanguage.Select(l => l.Lang));
        Assert.Equal(1.0, report.PerLanguage[1].Accuracy);
    }

    [Fact]
    public void Compute_PerfectPredictionsWithNoFalseFlags_MeetGoals()
    {
        var report = ClassificationReport.Compute(Categories.All.Select(c => P(c, c)).ToArray());
        Assert.Equal(1.0, report.MacroF1);
        Assert.True(report.MeetsGoals);
    }

    [Fact]
    public void FalseFlagUpperBound_FewPosts_IsWellAboveTheObservedRate()
    {
        var none = ClassificationReport.Compute([.. Enumerable.Repeat(P(Category.HumanitarianOrNews, Category.HumanitarianOrNews), 190)]);
        var one = ClassificationReport.Compute([.. Enumerable.Repeat(P(Category.HumanitarianOrNews, Category.HumanitarianOrNews), 189), P(Category.HumanitarianOrNews, Category.SmugglingOffer)]);

        Assert.Equal(0, none.FalseFlagRate);
        Assert.InRange(none.FalseFlagUpperBound, 0.019, 0.020); // zero of 190 still allows ~2 %
        Assert.InRange(one.FalseFlagUpperBound, 0.028, 0.030); // one of 190 (0.5 %) allows ~2.9 %
        Assert.True(one.FalseFlagUpperBound > one.FalseFlagRate);
    }
}
