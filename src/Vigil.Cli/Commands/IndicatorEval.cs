using System.Globalization;
using System.Text.Json;
using Vigil.Analysis;
using Vigil.Analysis.Extraction;
using Vigil.Core.Analysis;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil eval --indicators [FILE]</c>: precision and recall of the indicator extractor on the labelled
/// development set (default data/corpus/indicators/indicators-dev.jsonl), per indicator type and per
/// language. Malformed lines are reported by number and skipped. Needs no store and no network.
/// </summary>
internal static class IndicatorEval
{
    public const string DefaultFile = "data/corpus/indicators/indicators-dev.jsonl";

    public static int Run(CliContext context, string path)
    {
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"error: there is no development set '{path}'; run from the repository root or pass --indicators FILE.");
            return 1;
        }

        var extractor = AnalyzerComposition.Indicators();
        var items = new List<(string, Indicators, Indicators)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!TryRead(line, out var lang, out var text, out var expected))
            {
                context.Error.WriteLine($"warning: {path}:{lineNumber}: not a labelled post (id, lang, text, expected); skipped.");
                continue;
            }

            items.Add((lang, expected, extractor.Extract(text, new LanguageGuess(lang, 1)).Indicators));
        }

        if (items.Count == 0)
        {
            context.Error.WriteLine($"error: {path} has no labelled post.");
            return 1;
        }

        Print(context.Out, IndicatorEvaluation.Compute(items), path);
        return 0;
    }

    public static void Print(TextWriter o, IndicatorReport r, string what)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"Indicator extraction on {r.Posts} posts ({what}; language given as labelled)");
        o.WriteLine();
        o.WriteLine($"{"indicator",-12} {"tp",5} {"fp",5} {"fn",5} {"precision",9} {"recall",7} {"F1",6}");
        foreach (var s in r.PerType.Append(r.Overall))
        {
            o.WriteLine(string.Create(inv, $"{s.Name,-12} {s.TruePositives,5} {s.FalsePositives,5} {s.FalseNegatives,5} {s.Precision,9:0.000} {s.Recall,7:0.000} {s.F1,6:0.000}"));
        }

        o.WriteLine();
        o.WriteLine($"{"language",-12} {"tp",5} {"fp",5} {"fn",5} {"precision",9} {"recall",7} {"F1",6}");
        foreach (var s in r.PerLanguage)
        {
            o.WriteLine(string.Create(inv, $"{s.Name,-12} {s.TruePositives,5} {s.FalsePositives,5} {s.FalseNegatives,5} {s.Precision,9:0.000} {s.Recall,7:0.000} {s.F1,6:0.000}"));
        }
    }

    private static bool TryRead(string line, out string lang, out string text, out Indicators expected)
    {
        lang = text = string.Empty;
        expected = Indicators.Empty;
        try
        {
            var root = JsonDocument.Parse(line).RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("lang", out var l) || l.ValueKind != JsonValueKind.String || !root.TryGetProperty("expected", out var e) || e.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            lang = l.GetString()!;
            text = t.GetString()!;
            expected = new Indicators
            {
                Phones = Strings(e, "phones").Select(p => new PhoneIndicator(p, null)).ToList(),
                Handles = Strings(e, "handles").Select(h => new HandleIndicator(string.Empty, h)).ToList(),
                Prices = Array(e, "prices").Select(p => new PriceIndicator(p.GetProperty("amount").GetDecimal(), p.GetProperty("currency").GetString()!)).ToList(),
                Places = Array(e, "places").Select(p => new PlaceIndicator(p.GetProperty("name").GetString()!, null, p.GetProperty("role").GetString()!)).ToList(),
                Transport = Strings(e, "transport"),
                Payment = Strings(e, "payment"),
                Guarantees = Strings(e, "guarantees"),
                Documents = Strings(e, "documents"),
            };
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return false;
        }
    }

    private static List<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToList() : [];

    private static List<string> Strings(JsonElement e, string name) => Array(e, name).Select(x => x.GetString()!).ToList();
}
