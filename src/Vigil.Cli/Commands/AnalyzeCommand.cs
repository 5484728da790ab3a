using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core.Analysis;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil analyze --input FILE|- --output FILE|-</c>: the analyze contract (docs/analyze.md). Reads one
/// JSON object per line ({"id","text",…}), writes one result per readable line in the same order (language,
/// category, confidence, scores, indicators, explanation). A malformed line is reported on stderr by its line
/// number only — never its content, which may hold personal data — and skipped; the exit code is non-zero
/// only when no line could be read. Needs no store and no network; stores nothing.
/// </summary>
public static class AnalyzeCommand
{
    private const int BatchSize = 512;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input", "-i") { Description = "JSONL posts to analyse ('-' for stdin).", HelpName = "FILE", DefaultValueFactory = _ => "-" };
        var output = new Option<string>("--output", "-o") { Description = "Where to write one JSON result per line ('-' for stdout).", HelpName = "FILE", DefaultValueFactory = _ => "-" };
        var command = new Command("analyze", "Analyse JSONL posts (language, category, indicators, explanation) per the analyze contract; stores nothing.")
        {
            input, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inPath = parse.GetValue(input)!;
            var outPath = parse.GetValue(output)!;
            if (inPath != "-" && !File.Exists(inPath))
            {
                context.Error.WriteLine($"error: there is no input file '{inPath}'; check the path, or use '-' to read stdin.");
                return 2;
            }

            var analyzer = AnalyzerComposition.Create();
            await using var source = inPath == "-" ? context.OpenStdin() : File.OpenRead(inPath);
            await using var sink = outPath == "-" ? context.OpenStdout() : File.Create(outPath);
            var summary = await RunAsync(analyzer, source, sink, context.Error, cancellationToken);
            if (summary.Read == 0)
            {
                context.Error.WriteLine($"error: no line of {(inPath == "-" ? "stdin" : inPath)} could be read ({summary.Malformed} malformed); nothing was analysed.");
                return 1;
            }

            if (summary.Malformed > 0)
            {
                context.Error.WriteLine($"{summary.Read} posts analysed, {summary.Malformed} malformed lines skipped.");
            }

            return 0;
        });
        return command;
    }

    /// <summary>Lines read and analysed, and lines skipped as malformed.</summary>
    public sealed record Summary(long Read, long Malformed);

    private sealed record InputPost(string IdJson, string Text, string? Lang);

    /// <summary>Streams <paramref name="input"/> to <paramref name="output"/>, analysing batches in parallel and writing in input order.</summary>
    public static async Task<Summary> RunAsync(IPostAnalyzer analyzer, Stream input, Stream output, TextWriter error, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        long lineNumber = 0, read = 0, malformed = 0;
        var batch = new List<InputPost>(BatchSize);
        var results = new PostAnalysis[BatchSize];
        var buffer = new MemoryStream();
        while (true)
        {
            var line = await reader.ReadLineAsync(cancellationToken);
            if (line is not null)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (TryParse(line, out var post, out var why))
                {
                    batch.Add(post);
                    read++;
                }
                else
                {
                    malformed++;
                    await error.WriteLineAsync($"line {lineNumber}: {why}; skipped.");
                }
            }

            if (batch.Count == BatchSize || (line is null && batch.Count > 0))
            {
                Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, k => results[k] = analyzer.Analyze(batch[k].Text, batch[k].Lang));
                buffer.SetLength(0);
                using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
                {
                    for (var k = 0; k < batch.Count; k++)
                    {
                        Write(writer, batch[k].IdJson, results[k]);
                        writer.Flush();
                        buffer.WriteByte((byte)'\n');
                        writer.Reset();
                    }
                }

                buffer.Position = 0;
                await buffer.CopyToAsync(output, cancellationToken);
                batch.Clear();
            }

            if (line is null)
            {
                break;
            }
        }

        await output.FlushAsync(cancellationToken);
        return new Summary(read, malformed);
    }

    private static bool TryParse(string line, out InputPost post, out string why)
    {
        post = null!;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
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
            post = new InputPost(id.GetRawText(), text.GetString()!, lang);
            why = string.Empty;
            return true;
        }
        catch (JsonException ex)
        {
            // The message names a position, never the content.
            why = $"not valid JSON (byte {ex.BytePositionInLine})";
            return false;
        }
    }

    /// <summary>One output object, fields in the contract's order.</summary>
    public static void Write(Utf8JsonWriter w, string idJson, PostAnalysis a)
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
        var i = a.Indicators;
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
        WriteStrings(w, "explanation", a.Explanation);
        if (a.Language.Romanized)
        {
            w.WriteBoolean("romanized", true);
        }

        w.WriteNumber("lang_confidence", Math.Round(a.Language.Confidence, 4));
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
