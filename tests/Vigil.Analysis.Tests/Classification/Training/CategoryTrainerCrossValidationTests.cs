using Vigil.Analysis.Classification;
using Vigil.Analysis.Classification.Training;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Tests.Classification.Training;

public sealed class CategoryTrainerCrossValidationTests
{
    private static readonly TrainingOptions Tiny = new() { HashBits = 14, MaxIterations = 40, CrossValidationFolds = 4 };

    /// <summary>
    /// Sources whose only cue is a word of their own (shared by their three posts), labelled at random between two
    /// categories: a model that has seen a post's source knows its label; one that has not can only guess.
    /// </summary>
    private static CorpusPost[] FamiliesWithPrivateWords()
    {
        var rng = new Random(11);
        return [.. Enumerable.Range(0, 48).SelectMany(s =>
        {
            var category = rng.Next(2) == 0 ? Category.Unrelated : Category.HumanitarianOrNews;
            var word = new string([.. Enumerable.Range(0, 7).Select(_ => (char)('a' + rng.Next(26)))]);
            return Enumerable.Range(0, 3).Select(v => new CorpusPost($"s{s}-{v}", $"{word} hello friends {v}", "en", category, $"src{s}", "x", "train"));
        })];
    }

    [Fact]
    public void CrossValidate_ScoresEachPostWithAModelThatNeverSawItsSource()
    {
        var posts = FamiliesWithPrivateWords();
        var trainer = new CategoryTrainer(Evidence.ShippedRules, Tiny);

        var cv = trainer.CrossValidate(posts, _ => Indicators.Empty);
        var inSample = trainer.TrainCrossValidated(posts, _ => Indicators.Empty).Model;

        Assert.Equal(posts.Length, cv.Predictions.Count);
        Assert.Equal(posts.Select(p => p.Id).Order(), cv.Predictions.Select(p => p.Id).Order());
        // Out of fold the private word is unseen, so accuracy stays near chance; folds by post would leak it.
        Assert.True(cv.Report.Accuracy < 0.75, $"out-of-fold accuracy {cv.Report.Accuracy:0.00}: a post's own source was in its fold's training data");
        var classifier = new CategoryClassifier(Evidence.ShippedRules, inSample);
        var fitted = posts.Count(p => classifier.Classify(p.Text, new LanguageGuess("en", 1), Indicators.Empty).Category == p.Category);
        Assert.True(fitted >= posts.Length * 0.9, $"the model trained on every source got {fitted} of {posts.Length} of them right");
    }

    [Fact]
    public void TrainCrossValidated_ShipsTheCalibrationAndCostTheOutOfFoldPredictionsChose()
    {
        var posts = Evidence.TinyCorpus().Where(p => p.Split is "train" or "dev").ToArray();
        var trainer = new CategoryTrainer(Evidence.ShippedRules, Tiny);

        var cv = trainer.CrossValidate(posts, _ => Indicators.Empty);
        var result = trainer.TrainCrossValidated(posts, _ => Indicators.Empty);

        Assert.Equal(cv.RuleWeight, result.Model.RuleWeight);
        Assert.Equal(cv.Temperature, result.Model.Temperature);
        Assert.Equal(cv.FalseFlagCost, result.Model.FalseFlagCost);
        Assert.Equal(cv.Report.MacroF1, result.Dev.MacroF1);
        Assert.Contains("cross-validation", result.HeldOut, StringComparison.Ordinal);
        // The cost is the first of the sweep whose false-flag rate meets the goal with 95 % confidence, else the last.
        var first = cv.CostSweep.FirstOrDefault(s => s.Report.FalseFlagUpperBound <= ClassificationReport.FalseFlagGoal + 1e-9, cv.CostSweep[^1]);
        Assert.Equal(first.Cost, cv.FalseFlagCost);
        Assert.Equal(first.Report.FalseFlagRate, cv.Report.FalseFlagRate);
    }

    [Fact]
    public void CrossValidate_WithFewerThanTwoFolds_Throws()
    {
        var trainer = new CategoryTrainer(Evidence.ShippedRules, Tiny with { CrossValidationFolds = 1 });

        Assert.Throws<ArgumentOutOfRangeException>(() => trainer.CrossValidate(FamiliesWithPrivateWords(), _ => Indicators.Empty));
    }

    [Fact]
    public void MinSources_LeansLessOnWordingSeenInOneSourceOnly()
    {
        // "alpha" marks humanitarian posts across twelve sources; "zeta" is the wording of one unrelated source only.
        var posts = Enumerable.Range(0, 12).SelectMany(s => Enumerable.Range(0, 2).Select(v =>
                new CorpusPost($"h{s}-{v}", $"alpha report number {s} {v}", "en", Category.HumanitarianOrNews, $"h{s}", "x", "train")))
            .Concat(Enumerable.Range(0, 12).SelectMany(s => Enumerable.Range(0, 2).Select(v =>
                new CorpusPost($"u{s}-{v}", s == 0 ? $"zeta zeta bingo {v}" : $"football match {s} tonight {v}", "en", Category.Unrelated, $"u{s}", "x", "train"))))
            .ToArray();

        double Margin(double minSources)
        {
            var model = new CategoryTrainer(Evidence.ShippedRules, Tiny with { MinSources = minSources, L2 = 0.05f, MaxIterations = 200 })
                .Train(posts, posts, _ => Indicators.Empty).Model;
            double UnrelatedOverHumanitarian(string text)
            {
                var folded = MatchText.Prepare(text);
                var z = model.Logits(folded, Evidence.ShippedRules.Evaluate(folded, Indicators.Empty));
                return z[(int)Category.Unrelated] - z[(int)Category.HumanitarianOrNews];
            }

            // What "zeta" adds over a word no post has (the biases and length features are the same for both).
            return UnrelatedOverHumanitarian("zeta zeta") - UnrelatedOverHumanitarian("qxwv qxwv");
        }

        var plain = Margin(1);
        var damped = Margin(6);
        Assert.True(plain > 0, $"the plain model should read 'zeta' as unrelated (margin {plain:0.00})");
        Assert.True(damped < plain * 0.8, $"one source's wording should weigh less with MinSources 6: margin {damped:0.00} vs {plain:0.00}");
    }
}
