using System.Globalization;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Extraction;

/// <summary>Counts of one indicator type (or one language): true positives, false positives, false negatives.</summary>
public sealed record IndicatorScore(string Name, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Precision and recall of the indicator extractor per indicator type and per language (micro-averaged).</summary>
public sealed record IndicatorReport(int Posts, IReadOnlyList<IndicatorScore> PerType, IReadOnlyList<IndicatorScore> PerLanguage, IndicatorScore Overall);

/// <summary>
/// Compares extracted indicators with expected ones, item by item: phones by E.164, handles by lower-case
/// value, prices by amount and currency, places by name and role, the rest by value. Pure.
/// </summary>
public static class IndicatorEvaluation
{
    public static IReadOnlyList<string> Types { get; } = ["phones", "handles", "prices", "places", "transport", "payment", "guarantees", "documents"];

    /// <summary>The comparable keys of one indicator type.</summary>
    public static IReadOnlyList<string> Keys(Indicators i, string type) => type switch
    {
        "phones" => i.Phones.Select(p => p.E164).ToList(),
        "handles" => i.Handles.Select(h => h.Value.ToLowerInvariant()).ToList(),
        "prices" => i.Prices.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Amount:0.##} {p.Currency}")).ToList(),
        "places" => i.Places.Select(p => $"{p.Name}|{p.Role}").ToList(),
        "transport" => i.Transport,
        "payment" => i.Payment,
        "guarantees" => i.Guarantees,
        "documents" => i.Documents,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown indicator type"),
    };

    public static IndicatorReport Compute(IEnumerable<(string Lang, Indicators Expected, Indicators Actual)> items)
    {
        var perType = Types.ToDictionary(t => t, _ => new int[3]);
        var perLang = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var posts = 0;
        foreach (var (lang, expected, actual) in items)
        {
            posts++;
            if (!perLang.TryGetValue(lang, out var l))
            {
                perLang[lang] = l = new int[3];
            }

            foreach (var type in Types)
            {
                var e = Keys(expected, type).Distinct().ToList();
                var a = Keys(actual, type).Distinct().ToList();
                var tp = a.Count(e.Contains);
                var counts = new[] { tp, a.Count - tp, e.Count - tp };
                for (var k = 0; k < 3; k++)
                {
                    perType[type][k] += counts[k];
                    l[k] += counts[k];
                }
            }
        }

        var types = Types.Select(t => new IndicatorScore(t, perType[t][0], perType[t][1], perType[t][2])).ToList();
        var langs = perLang.Select(kv => new IndicatorScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2])).ToList();
        var overall = new IndicatorScore("all", types.Sum(t => t.TruePositives), types.Sum(t => t.FalsePositives), types.Sum(t => t.FalseNegatives));
        return new IndicatorReport(posts, types, langs, overall);
    }
}
