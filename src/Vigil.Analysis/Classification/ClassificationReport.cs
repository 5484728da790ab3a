using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification;

/// <summary>One evaluated post: gold and predicted category, language and the confidence given.</summary>
public readonly record struct EvaluatedPrediction(Category Gold, Category Predicted, string Lang, double Confidence);

/// <summary>Precision, recall and F1 of one category (or of one language, macro-averaged), with its support.</summary>
public sealed record CategoryScore(string Name, int Support, double Precision, double Recall, double F1);

/// <summary>Accuracy and macro-F1 of the posts of one language.</summary>
public sealed record LanguageScore(string Lang, int Count, double Accuracy, double MacroF1, int HumanitarianCount, int HumanitarianFlagged);

/// <summary>
/// Quality of a classifier on labelled posts. First the costliest error: the share of
/// <c>humanitarian_or_news</c> posts flagged as smuggling or guidance (<see cref="Categories.IsFlagged"/>),
/// then per-category and per-language precision/recall/F1, macro-F1, the confusion matrix and the
/// reliability of the confidences.
/// </summary>
public sealed record ClassificationReport(
    int Count,
    int HumanitarianCount,
    int HumanitarianFlagged,
    int HumanitarianAsSmuggling,
    double Accuracy,
    double MacroF1,
    IReadOnlyList<CategoryScore> PerCategory,
    IReadOnlyList<LanguageScore> PerLanguage,
    int[][] Confusion,
    ReliabilityTable Reliability)
{
    /// <summary>Goal of issue 4: macro-F1 at least 0.90.</summary>
    public const double MacroF1Goal = 0.90;

    /// <summary>Goal of issue 4: at most 2 % of humanitarian/news posts flagged.</summary>
    public const double FalseFlagGoal = 0.02;

    /// <summary>Share of humanitarian/news posts flagged as smuggling or guidance (0 when there are none).</summary>
    public double FalseFlagRate => HumanitarianCount == 0 ? 0 : HumanitarianFlagged / (double)HumanitarianCount;

    /// <summary>
    /// The 95 % Wilson upper confidence bound of the false-flag rate: with few humanitarian/news posts a low
    /// observed rate says little, so a goal that must hold on unseen posts is checked against this bound
    /// (with 190 posts, zero false flags bound it at 2.0 %, one at 2.9 %). 0 when there are none.
    /// </summary>
    public double FalseFlagUpperBound
    {
        get
        {
            if (HumanitarianCount == 0)
            {
                return 0;
            }

            const double z = 1.96;
            double n = HumanitarianCount, p = FalseFlagRate;
            var centre = p + (z * z / (2 * n));
            var spread = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n)));
            return (centre + spread) / (1 + (z * z / n));
        }
    }

    public bool MeetsGoals => MacroF1 >= MacroF1Goal && FalseFlagRate <= FalseFlagGoal;

    public static ClassificationReport Compute(IReadOnlyList<EvaluatedPrediction> predictions)
    {
        var k = Categories.All.Count;
        var confusion = new int[k][];
        for (var i = 0; i < k; i++)
        {
            confusion[i] = new int[k];
        }

        foreach (var p in predictions)
        {
            confusion[(int)p.Gold][(int)p.Predicted]++;
        }

        var perCategory = Categories.All.Select(c => Score(c.ToWire(), confusion, (int)c)).ToArray();
        var present = perCategory.Where(s => s.Support > 0).ToArray();
        var hum = predictions.Where(p => p.Gold == Category.HumanitarianOrNews).ToArray();
        var perLanguage = predictions
            .GroupBy(p => p.Lang, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var sub = Summary(g.ToArray());
                return new LanguageScore(g.Key, sub.Count, sub.Accuracy, sub.MacroF1, sub.HumanitarianCount, sub.HumanitarianFlagged);
            })
            .ToArray();
        return new ClassificationReport(
            predictions.Count,
            hum.Length,
            hum.Count(p => p.Predicted.IsFlagged()),
            hum.Count(p => p.Predicted.IsSmuggling()),
            predictions.Count == 0 ? 0 : predictions.Count(p => p.Gold == p.Predicted) / (double)predictions.Count,
            present.Length == 0 ? 0 : present.Average(s => s.F1),
            perCategory,
            perLanguage,
            confusion,
            ReliabilityTable.Compute(predictions.Select(p => (p.Confidence, p.Gold == p.Predicted)).ToArray()));
    }

    /// <summary>Counts, accuracy and macro-F1 only (no per-language breakdown), for one language's posts.</summary>
    private static ClassificationReport Summary(EvaluatedPrediction[] predictions)
    {
        var k = Categories.All.Count;
        var confusion = new int[k][];
        for (var i = 0; i < k; i++)
        {
            confusion[i] = new int[k];
        }

        foreach (var p in predictions)
        {
            confusion[(int)p.Gold][(int)p.Predicted]++;
        }

        var present = Categories.All.Select(c => Score(c.ToWire(), confusion, (int)c)).Where(s => s.Support > 0).ToArray();
        var hum = predictions.Where(p => p.Gold == Category.HumanitarianOrNews).ToArray();
        return new ClassificationReport(
            predictions.Length,
            hum.Length,
            hum.Count(p => p.Predicted.IsFlagged()),
            hum.Count(p => p.Predicted.IsSmuggling()),
            predictions.Length == 0 ? 0 : predictions.Count(p => p.Gold == p.Predicted) / (double)predictions.Length,
            present.Length == 0 ? 0 : present.Average(s => s.F1),
            [],
            [],
            confusion,
            new ReliabilityTable([], 0));
    }

    private static CategoryScore Score(string name, int[][] confusion, int c)
    {
        var tp = confusion[c][c];
        var support = confusion[c].Sum();
        var predicted = confusion.Sum(row => row[c]);
        var precision = predicted == 0 ? 0 : tp / (double)predicted;
        var recall = support == 0 ? 0 : tp / (double)support;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new CategoryScore(name, support, precision, recall, f1);
    }
}
