using Microsoft.ML;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification.Training;

/// <summary>One post's out-of-fold logits: from a model trained without the post's source.</summary>
public sealed record OutOfFoldLogits(string Id, double[] Model, double[] Rules, Category Gold, string Lang);

/// <summary>
/// Source-grouped K-fold cross-validation: every post scored by a model trained on the other folds, the calibration
/// (rule weight, temperature, false-flag cost) fitted on those out-of-fold logits, and the report at that calibration.
/// </summary>
public sealed record CrossValidation(
    int Folds,
    IReadOnlyList<OutOfFoldLogits> Predictions,
    double RuleWeight,
    double Temperature,
    double FalseFlagCost,
    double NegLogLikelihood,
    ClassificationReport Report)
{
    /// <summary>The out-of-fold report at each candidate false-flag cost.</summary>
    public IReadOnlyList<(double Cost, ClassificationReport Report)> CostSweep { get; init; } = [];
}

public sealed partial class CategoryTrainer
{
    /// <summary>
    /// Cross-validates on <paramref name="posts"/> with <see cref="TrainingOptions.CrossValidationFolds"/> folds by source
    /// (so a source's near-copies and translations are never on both sides): each fold is a full training on the others.
    /// </summary>
    public CrossValidation CrossValidate(IReadOnlyList<CorpusPost> posts, Func<CorpusPost, Indicators> indicators)
    {
        var k = options.CrossValidationFolds;
        if (k < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), k, "Cross-validation needs at least 2 folds.");
        }

        var featurizer = new CategoryFeaturizer(options.HashBits);
        var rows = posts.Select(p => Featurized.Of(featurizer, rules, p, indicators(p))).ToArray();
        var labels = posts.Select(p => (uint)p.Category).ToArray();
        var folds = posts.Select(p => Fold(p.Source, k)).ToArray();
        var ml = new MLContext(seed: options.Seed);
        var outOfFold = new OutOfFoldLogits?[posts.Count];
        for (var f = 0; f < k; f++)
        {
            var inFold = Enumerable.Range(0, posts.Count).Where(i => folds[i] != f).ToArray();
            if (inFold.Length == posts.Count || inFold.Length == 0)
            {
                continue;
            }

            var model = JointModel(ml, featurizer, [.. inFold.Select(i => rows[i])], [.. inFold.Select(i => labels[i])]);
            for (var i = 0; i < posts.Count; i++)
            {
                if (folds[i] == f)
                {
                    var folded = MatchText.Prepare(posts[i].Text);
                    var evidence = rules.Evaluate(folded, indicators(posts[i]));
                    outOfFold[i] = new OutOfFoldLogits(posts[i].Id, model.Logits(folded, evidence), evidence.Logits(), posts[i].Category, posts[i].Lang);
                }
            }
        }

        var predictions = outOfFold.OfType<OutOfFoldLogits>().ToArray();
        var (rw, t, nll) = Calibrator.Fit([.. predictions.Select(o => (o.Model, o.Rules, (int)o.Gold))]);
        var sweep = FalseFlagCosts.Select(c => (c, ClassificationReport.Compute(Decide(predictions, rw, t, c)))).ToArray();
        var (cost, report) = sweep.FirstOrDefault(s => s.Item2.FalseFlagUpperBound <= ClassificationReport.FalseFlagGoal + 1e-9, sweep[^1]);
        return new CrossValidation(k, predictions, rw, t, cost, nll, report) { CostSweep = sweep };
    }

    /// <summary>
    /// Cross-validates on <paramref name="posts"/> (train and dev together), then trains the shipped model on all of
    /// them with the calibration the out-of-fold predictions chose; the result's held-out report is the cross-validation's.
    /// </summary>
    public TrainingResult TrainCrossValidated(IReadOnlyList<CorpusPost> posts, Func<CorpusPost, Indicators> indicators)
    {
        var cv = CrossValidate(posts, indicators);
        var featurizer = new CategoryFeaturizer(options.HashBits);
        var rows = posts.Select(p => Featurized.Of(featurizer, rules, p, indicators(p))).ToArray();
        var model = JointModel(new MLContext(seed: options.Seed), featurizer, rows, [.. posts.Select(p => (uint)p.Category)])
            .WithCalibration(cv.RuleWeight, cv.Temperature, cv.FalseFlagCost);
        return new TrainingResult(model, posts.Count, cv.Predictions.Count, cv.NegLogLikelihood, cv.Report)
        {
            CostSweep = cv.CostSweep,
            HeldOut = $"out-of-fold predictions of a {cv.Folds}-fold cross-validation by source",
        };
    }

    private static EvaluatedPrediction[] Decide(IEnumerable<OutOfFoldLogits> logits, double ruleWeight, double temperature, double cost) =>
        logits.Select(o =>
        {
            var probs = CategoryModel.Softmax(o.Model, o.Rules, ruleWeight, temperature);
            var decided = CategoryModel.Decide(probs, cost);
            return new EvaluatedPrediction(o.Gold, decided, o.Lang, probs[(int)decided]);
        }).ToArray();
}
