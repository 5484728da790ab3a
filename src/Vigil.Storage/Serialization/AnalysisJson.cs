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

    /// <summary>
    /// Reads what <see cref="Scores"/> wrote: unknown categories are skipped. Read with the JSON reader
    /// directly (each listed post is read with its scores; the serializer's set-up cost more than the
    /// reading). Malformed JSON throws <see cref="JsonException"/>, as the serializer does.
    /// </summary>
    public static IReadOnlyDictionary<Category, double> ParseScores(string? json)
    {
        var scores = new Dictionary<Category, double>();
        if (string.IsNullOrEmpty(json))
        {
            return scores;
        }

        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
        {
            return scores;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            Expect(ref reader, JsonTokenType.Number);
            var score = reader.GetDouble();
            if (Categories.TryParse(name, out var category))
            {
                scores[category] = score;
            }
        }

        Expect(ref reader, JsonTokenType.EndObject);
        return scores;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type} in stored analysis JSON, found {reader.TokenType} at byte {reader.TokenStartIndex}.");
        }
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

    /// <summary>Reads what <see cref="Explanation"/> wrote, with the JSON reader directly (see <see cref="ParseScores"/>).</summary>
    public static IReadOnlyList<string> ParseExplanation(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        Expect(ref reader, JsonTokenType.StartArray);
        var lines = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.String);
            lines.Add(reader.GetString()!);
        }

        Expect(ref reader, JsonTokenType.EndArray);
        return lines.ToArray();
    }
}

/// <summary>Compile-time JSON metadata: no reflection on the import path.</summary>
[JsonSerializable(typeof(Indicators))]
[JsonSerializable(typeof(SortedDictionary<string, double>))]
[JsonSerializable(typeof(Dictionary<string, double>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
