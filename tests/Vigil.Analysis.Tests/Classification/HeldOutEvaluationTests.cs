using Vigil.Analysis.Classification;
using Vigil.Analysis.Classification.Training;
using Vigil.Analysis.Extraction;
using Vigil.Core.Analysis;
using Vigil.Testing;

namespace Vigil.Analysis.Tests.Classification;

/// <summary>
/// The shipped classifier on the held-out test split of data/corpus — the same measurement `vigil eval`
/// prints. The floors are regression guards set below the measured values (docs/benchmarks.md); the
/// issue's goals (macro-F1 ≥ 0.90, false-flag ≤ 2 %) are reported there, not asserted, while unmet.
/// </summary>
public sealed class HeldOutEvaluationTests(ITestOutputHelper output)
{
    private const double MacroF1Floor = 0.60;
    private const double AccuracyFloor = 0.60;
    private const double FalseFlagCeiling = 0.30;

    [Fact]
    public void ShippedClassifier_OnTheTestSplit_StaysAboveTheAccuracyFloors()
    {
        var (posts, errors) = CorpusReader.ReadDirectory(TestPaths.Data("corpus"));
        Assert.Empty(errors);
        var test = posts.Where(p => p.Split == "test").ToArray();
        Assert.True(test.Length >= 300, $"only {test.Length} test posts");

        var classifier = CategoryClassifier.LoadEmbedded();
        var extractor = new IndicatorExtractor();
        Assert.NotNull(classifier.Model);
        var predictions = test.Select(p =>
        {
            var guess = new LanguageGuess(p.Lang, 1);
            var r = classifier.Classify(p.Text, guess, extractor.Extract(p.Text, guess).Indicators);
            return new EvaluatedPrediction(p.Category, r.Category, p.Lang, r.Confidence);
        }).ToArray();
        var report = ClassificationReport.Compute(predictions);
        output.WriteLine($"test posts {report.Count}: macro-F1 {report.MacroF1:0.000}, accuracy {report.Accuracy:0.000}, humanitarian false-flag {report.FalseFlagRate:P1}, ECE {report.Reliability.ExpectedCalibrationError:0.000}");

        Assert.True(report.MacroF1 >= MacroF1Floor, $"macro-F1 {report.MacroF1:0.000} < {MacroF1Floor}");
        Assert.True(report.Accuracy >= AccuracyFloor, $"accuracy {report.Accuracy:0.000} < {AccuracyFloor}");
        Assert.True(report.FalseFlagRate <= FalseFlagCeiling, $"false-flag {report.FalseFlagRate:P1} > {FalseFlagCeiling:P0}");
    }

    [Fact]
    public void CorpusSplits_AreDisjointBySource()
    {
        var (posts, _) = CorpusReader.ReadDirectory(TestPaths.Data("corpus"));
        var splitsPerSource = posts.GroupBy(p => p.Source).Where(g => g.Select(p => p.Split).Distinct().Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(splitsPerSource);
    }
}
