using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Contract;

/// <summary>One readable input post of the analyze contract: its id as raw JSON (echoed back verbatim), text and language hint.</summary>
public sealed record AnalyzeInput(string IdJson, string Text, string? Lang);

/// <summary>
/// The analyze contract (docs/analyze.md) shared by <c>vigil analyze</c> (JSON Lines) and the web API's
/// <c>POST /api/v1/analyze</c> (a JSON array): reading one input object, analysing a batch on all cores
/// in input order, and writing one result object with the contract's fields in the contract's order.
/// Pure and thread-safe. Results hold indicators in clear (the caller's own data); nothing is stored.
/// </summary>
public static class AnalyzeContract
{
    /// <summary>Writer options of every result: non-ASCII text stays readable (Arabic, Persian, Cyrillic).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Reads one input object. On failure <paramref name="why"/> says what is wrong without quoting the
    /// content, which may hold personal data.
    /// </summary>
    public static bool TryRead(JsonElement root, out AnalyzeInput input, out string why)
    {
        input = null!;
        if (root.ValueKind != JsonValueKind.Object)
        {
            why = "not a JSON object";
            return false;
        }

        if (!root.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            why = "no \"id\" (a string)";
            return false;
        }

        if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            why = "no \"text\" (a string)";
            return false;
        }

        string? lang = root.TryGetProperty("lang", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        input = new AnalyzeInput(id.GetRawText(), text.GetString()!, lang);
        why = string.Empty;
        return true;
    }

    /// <summary>
    /// Analyses <paramref name="count"/> inputs in parallel into <paramref name="results"/>, index for index, on at
    /// most one thread per core: the work never waits, so more threads only add their stacks and per-thread
    /// scratch buffers (left to itself the thread pool kept adding threads over a long batch run).
    /// </summary>
    public static void AnalyzeAll(IPostAnalyzer analyzer, IReadOnlyList<AnalyzeInput> inputs, int count, PostAnalysis[] results, CancellationToken cancellationToken) =>
        Parallel.For(
            0,
            count,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            k => results[k] = analyzer.Analyze(inputs[k].Text, inputs[k].Lang));

    /// <summary>One output object, fields in the contract's order; <c>cluster_id</c> only when <paramref name="clusterId"/> is given.</summary>
    public static void Write(Utf8JsonWriter w, string idJson, PostAnalysis a, string? clusterId = null)
    {
        w.WriteStartObject();
        w.WritePropertyName("id");
        w.WriteRawValue(idJson, skipInputValidation: true);
        w.WriteString("lang", a.Language.Code);
        w.WriteString("category", a.Category.ToWire());
        w.WriteNumber("confidence", Math.Round(a.Confidence, 4));
        w.WriteStartObject("scores");
        foreach (var c in Categories.All)
        {
            if (a.Scores.TryGetValue(c, out var score))
            {
                w.WriteNumber(c.ToWire(), Math.Round(score, 4));
            }
        }

        w.WriteEndObject();
        WriteIndicators(w, a.Indicators);
        WriteStrings(w, "explanation", a.Explanation);
        if (clusterId is not null)
        {
            w.WriteString("cluster_id", clusterId);
        }

        if (a.Language.Romanized)
        {
            w.WriteBoolean("romanized", true);
        }

        w.WriteNumber("lang_confidence", Math.Round(a.Language.Confidence, 4));
        w.WriteEndObject();
    }

    private static void WriteIndicators(Utf8JsonWriter w, Indicators i)
    {
        w.WriteStartObject("indicators");
        w.WriteStartArray("phones");
        foreach (var p in i.Phones)
        {
            w.WriteStartObject();
            w.WriteString("e164", p.E164);
            if (p.Country is not null)
            {
                w.WriteString("country", p.Country);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("handles");
        foreach (var h in i.Handles)
        {
            w.WriteStartObject();
            w.WriteString("platform", h.Platform);
            w.WriteString("value", h.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("prices");
        foreach (var p in i.Prices)
        {
            w.WriteStartObject();
            w.WriteNumber("amount", p.Amount);
            w.WriteString("currency", p.Currency);
            if (p.AmountMax is { } max)
            {
                w.WriteNumber("amount_max", max);
            }

            if (p.PerPerson)
            {
                w.WriteBoolean("per_person", true);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("places");
        foreach (var p in i.Places)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            if (p.Country is not null)
            {
                w.WriteString("country", p.Country);
            }

            w.WriteString("role", p.Role);
            if (p.Lat is { } lat && p.Lon is { } lon)
            {
                w.WriteNumber("lat", lat);
                w.WriteNumber("lon", lon);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteStrings(w, "transport", i.Transport);
        WriteStrings(w, "payment", i.Payment);
        WriteStrings(w, "guarantees", i.Guarantees);
        WriteStrings(w, "documents", i.Documents);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
