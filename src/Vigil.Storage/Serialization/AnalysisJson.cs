using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.Analysis;

namespace Vigil.Storage.Serialization;

/// <summary>
/// JSON for the analysis parts stored as documents (scores, indicators, explanation), in the field names
/// of the <c>analyze</c> contract so exports and the API can pass them through. Pure and thread-safe.
/// </summary>
public static class AnalysisJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Keeps Arabic, Persian and Cyrillic readable (and short) in the stored JSON instead of \uXXXX escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = AnalysisJsonContext.Default,
    };

    /// <summary>Scores keyed by category wire name; null when there are none.</summary>
    public static string? Scores(IReadOnlyDictionary<Category, double> scores)
    {
        if (scores.Count == 0)
        {
            return null;
        }

        var wire = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (category, score) in scores)
        {
            wire[category.ToWire()] = score;
        }

        return JsonSerializer.Serialize(wire, Options);
    }

    public static IReadOnlyDictionary<Category, double> ParseScores(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new Dictionary<Category, double>();
        }

        var wire = JsonSerializer.Deserialize<Dictionary<string, double>>(json, Options) ?? [];
        var scores = new Dictionary<Category, double>();
        foreach (var (name, score) in wire)
        {
            if (Categories.TryParse(name, out var category))
            {
                scores[category] = score;
            }
        }

        return scores;
    }

    /// <summary>Indicators; null when all lists are empty.</summary>
    public static string? Indicators(Indicators indicators)
    {
        var empty = indicators.Phones.Count == 0 && indicators.Handles.Count == 0 && indicators.Prices.Count == 0
            && indicators.Places.Count == 0 && indicators.Transport.Count == 0 && indicators.Payment.Count == 0
            && indicators.Guarantees.Count == 0 && indicators.Documents.Count == 0;
        return empty ? null : JsonSerializer.Serialize(indicators, Options);
    }

    public static Indicators ParseIndicators(string? json) =>
        string.IsNullOrEmpty(json) ? Core.Analysis.Indicators.Empty : JsonSerializer.Deserialize<Indicators>(json, Options) ?? Core.Analysis.Indicators.Empty;

    /// <summary>Explanation sentences; null when there are none.</summary>
    public static string? Explanation(IReadOnlyList<string> explanation) =>
        explanation.Count == 0 ? null : JsonSerializer.Serialize(explanation, Options);

    public static IReadOnlyList<string> ParseExplanation(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json, Options) ?? [];
}

/// <summary>Compile-time JSON metadata: no reflection on the import path.</summary>
[JsonSerializable(typeof(Indicators))]
[JsonSerializable(typeof(SortedDictionary<string, double>))]
[JsonSerializable(typeof(Dictionary<string, double>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
