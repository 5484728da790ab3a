using System.CommandLine;
using System.Text;
using System.Text.Json;
using Vigil.Analysis;
using Vigil.Analysis.Contract;
using Vigil.Analysis.Dedup;
using Vigil.Core.Analysis;
using Vigil.Web.Data;

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

    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input", "-i") { Description = "JSONL posts to analyse ('-' for stdin).", HelpName = "FILE", DefaultValueFactory = _ => "-" };
        var output = new Option<string>("--output", "-o") { Description = "Where to write one JSON result per line ('-' for stdout).", HelpName = "FILE", DefaultValueFactory = _ => "-" };
        var store = new Option<string?>("--store")
        {
            Description = "Also give each post the cluster_id of the near-duplicate cluster it falls into among this store's flagged posts (read only; nothing is stored).",
            HelpName = "PATH",
        };
        var command = new Command("analyze", "Analyse JSONL posts (language, category, indicators, explanation) per the analyze contract; stores nothing.")
        {
            input, output, store,
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

            ClusterLookup? clusters = null;
            if (parse.GetValue(store) is { Length: > 0 } storePath && (clusters = await ClustersAsync(context, storePath, cancellationToken)) is null)
            {
                return Errors.Failed;
            }

            var analyzer = AnalyzerComposition.Create();
            await using var source = inPath == "-" ? context.OpenStdin() : File.OpenRead(inPath);
            await using var sink = outPath == "-" ? context.OpenStdout() : File.Create(outPath);
            var summary = await RunAsync(analyzer, source, sink, context.Error, cancellationToken, clusters);
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

    /// <summary>
    /// The near-duplicate clusters of a store's flagged posts; null after an error message. A method of its own so
    /// that a run without <c>--store</c> never loads the store and web assemblies (less memory for a batch run).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task<ClusterLookup?> ClustersAsync(CliContext context, string storePath, CancellationToken cancellationToken)
    {
        await using var opened = await StoreOption.OpenAsync(context, StoreOption.Resolve(context, storePath), readOnly: true, cancellationToken);
        return opened is null ? null : await new DashboardQueries(opened).ClusterLookupAsync(cancellationToken);
    }

    /// <summary>Lines read and analysed, and lines skipped as malformed.</summary>
    public sealed record Summary(long Read, long Malformed);

    /// <summary>
    /// Streams <paramref name="input"/> to <paramref name="output"/>, analysing batches in parallel and writing in input order;
    /// with <paramref name="clusters"/>, each result also carries the <c>cluster_id</c> of the stored cluster it falls into.
    /// </summary>
    public static async Task<Summary> RunAsync(IPostAnalyzer analyzer, Stream input, Stream output, TextWriter error, CancellationToken cancellationToken, ClusterLookup? clusters = null)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        long lineNumber = 0, read = 0, malformed = 0;
        var batch = new List<AnalyzeInput>(BatchSize);
        var results = new PostAnalysis[BatchSize];
        var clusterIds = new string?[BatchSize];
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
                AnalyzeContract.AnalyzeAll(analyzer, batch, batch.Count, results, cancellationToken);
                for (var k = 0; k < batch.Count; k++)
                {
                    clusterIds[k] = clusters?.Find(batch[k].Text);
                }
                buffer.SetLength(0);
                using (var writer = new Utf8JsonWriter(buffer, AnalyzeContract.WriterOptions))
                {
                    for (var k = 0; k < batch.Count; k++)
                    {
                        AnalyzeContract.Write(writer, batch[k].IdJson, results[k], clusterIds[k]);
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

    private static bool TryParse(string line, out AnalyzeInput post, out string why)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return AnalyzeContract.TryRead(doc.RootElement, out post, out why);
        }
        catch (JsonException ex)
        {
            // The message names a position, never the content.
            post = null!;
            why = $"not valid JSON (byte {ex.BytePositionInLine})";
            return false;
        }
    }
}
