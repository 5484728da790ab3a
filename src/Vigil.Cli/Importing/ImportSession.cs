using Spectre.Console;
using Vigil.Analysis;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Protection;
using Vigil.Cli.Commands;
using Vigil.Core.Pipeline;
using Vigil.Ingest.Importers;
using Vigil.Ingest.Pipeline;
using Vigil.Ingest.Protection;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Importing;

/// <summary>The outcome of importing one file (named as the person gave it, or relative to the demo folder).</summary>
internal sealed record FileOutcome(string File, IngestCounts Counts, IReadOnlyList<string> Notes);

/// <summary>The outcome of an import: per file, in total, where rejections went, or why it stopped.</summary>
internal sealed record ImportOutcome(IReadOnlyList<FileOutcome> Files, string QuarantinePath, long Quarantined, string? Error, bool Interrupted)
{
    public IngestCounts Total => Files.Aggregate(default(IngestCounts), (sum, f) => sum + f.Counts);
}

/// <summary>
/// Wires one import for the CLI: the installation key, the strategic protector, the SQLite store, a
/// quarantine file next to the store and an <see cref="IngestRunner"/> per file, with a progress display.
/// Clear identifiers exist only between the importer and the protector; the store, the quarantine's
/// raw records (redacted) and every message see pseudonyms.
/// </summary>
internal static class ImportSession
{
    public static async Task<ImportOutcome?> RunAsync(
        CliContext context, IReadOnlyList<string> files, StoreTarget target, ImportOptions importOptions, CancellationToken cancellationToken,
        Func<string, string>? displayName = null, bool keepUnrelated = false, string? operationName = null)
    {
        displayName ??= static f => f;
        var storePath = target.Path; // names the side files: quarantine, operation vaults, access log
        var key = KeyFile.LoadOrCreate(context.Paths.KeyFile);
        if (!key.IsOk)
        {
            Errors.Write(context, key.Error!);
            return null;
        }

        var protector = new PostProtector(new KeyedPseudonymizer(key.Key!), new IdentifierLocator());
        OperationCapture? capture = null;
        if (operationName is not null)
        {
            capture = await OperationalImport.CaptureAsync(context, storePath, operationName, protector, cancellationToken);
            if (capture is null)
            {
                return null;
            }
        }

        await using var store = await StoreOption.OpenAsync(context, target, readOnly: false, cancellationToken);
        if (store is null || !await StoreKey.ClaimAsync(context, store, key.Key!, target.Name, "Nothing was imported.", cancellationToken))
        {
            return null;
        }

        var quarantinePath = Path.Combine(Path.GetDirectoryName(storePath)!, $"{Path.GetFileNameWithoutExtension(storePath)}-{context.Clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}.quarantine.jsonl");
        await using var quarantine = new QuarantineFile(quarantinePath, protector.Redact);
        // Analysis needs the clear text: it runs here, in memory, before the protector and the store.
        // Minimisation (the default): posts analysed as unrelated are counted, not stored.
        IPostSink sink = keepUnrelated ? store : new MinimisingSink(store, store);
        var runner = new IngestRunner(AnalyzerComposition.Create(), protector, sink, quarantine, operation: capture);
        var outcomes = new List<FileOutcome>();
        string? error = null;
        var interrupted = false;

        await context.Console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var tasks = files.Select(f => progress.AddTask(Markup.Escape(Label(displayName(f), default)), autoStart: false, maxValue: 1)).ToArray();
                for (var i = 0; i < files.Count && error is null && !interrupted; i++)
                {
                    var task = tasks[i];
                    var file = files[i];
                    var name = displayName(file);
                    var (source, counting) = Open(file, importOptions);
                    task.IsIndeterminate = counting is null;
                    task.MaxValue = Math.Max(1, counting?.Length ?? 1);
                    task.StartTask();
                    var counts = default(IngestCounts);
                    var report = new Inline(c =>
                    {
                        task.Description = Markup.Escape(Label(name, c));
                        if (counting is not null)
                        {
                            task.Value = Math.Min(counting.BytesRead, task.MaxValue);
                        }
                    });
                    try
                    {
                        counts = await runner.RunAsync(source, report, cancellationToken);
                    }
                    catch (OperationCanceledException)
                    {
                        interrupted = true;
                    }
                    catch (StoreWriteException e)
                    {
                        error = e.InnerException is StoreException store ? store.Message : e.Message;
                    }
                    catch (StoreException e)
                    {
                        error = e.Message;
                    }
                    finally
                    {
                        if (counting is not null)
                        {
                            await counting.DisposeAsync();
                        }
                    }

                    task.IsIndeterminate = false;
                    task.Value = task.MaxValue;
                    task.Description = Markup.Escape(Label(name, counts));
                    task.StopTask();
                    outcomes.Add(new FileOutcome(name, counts, source.Notes.All));
                }
            });

        if (capture is not null)
        {
            await OperationalImport.LogAsync(context, storePath, capture, "operation-import", $"{outcomes.Count} file(s)", CancellationToken.None);
        }

        return new ImportOutcome(outcomes, quarantine.Path, quarantine.Count, error, interrupted);
    }

    /// <summary>
    /// Opens a file through a byte counter (so progress is a fraction of the file), or stdin as the
    /// importers do. A file that cannot be opened is left to the importer, which reports it as a rejection.
    /// </summary>
    private static (FileImportSource Source, CountingStream? Counting) Open(string file, ImportOptions options)
    {
        if (file == Importers.StdIn)
        {
            return (Importers.Open(file, options), null);
        }

        try
        {
            var counting = new CountingStream(new FileStream(file, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read,
                BufferSize = 64 * 1024,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            }));
            return (Importers.Open(file, counting, options), counting);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (Importers.Open(file, options), null);
        }
    }

    private static string Label(string name, IngestCounts counts) =>
        counts.Read == 0 ? name : $"{name}  {counts.Read:N0} read";

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and lag behind).</summary>
    private sealed class Inline(Action<IngestCounts> report) : IProgress<IngestCounts>
    {
        public void Report(IngestCounts value) => report(value);
    }

    /// <summary>Writes the summary table and the quarantine line.</summary>
    public static void WriteSummary(CliContext context, ImportOutcome outcome)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("file").AddColumn(new TableColumn("read").RightAligned()).AddColumn(new TableColumn("stored").RightAligned())
            .AddColumn(new TableColumn("duplicates").RightAligned()).AddColumn(new TableColumn("rejected").RightAligned())
            .AddColumn(new TableColumn("counted only").RightAligned());
        foreach (var f in outcome.Files)
        {
            table.AddRow(Markup.Escape(f.File), $"{f.Counts.Read:N0}", $"{f.Counts.Stored:N0}", $"{f.Counts.Duplicates:N0}", $"{f.Counts.Rejected:N0}", $"{f.Counts.Minimised:N0}");
        }

        if (outcome.Files.Count > 1)
        {
            var t = outcome.Total;
            table.AddRow("[bold]total[/]", $"[bold]{t.Read:N0}[/]", $"[bold]{t.Stored:N0}[/]", $"[bold]{t.Duplicates:N0}[/]", $"[bold]{t.Rejected:N0}[/]", $"[bold]{t.Minimised:N0}[/]");
        }

        context.Console.Write(table);
        foreach (var f in outcome.Files.Where(f => f.Notes.Count > 0))
        {
            foreach (var note in f.Notes)
            {
                context.Console.MarkupLine($"[grey]note[/] {Markup.Escape(f.File)}: {Markup.Escape(note)}");
            }
        }

        if (outcome.Quarantined > 0)
        {
            context.Console.MarkupLine($"Rejected records and why: [blue]{Markup.Escape(outcome.QuarantinePath)}[/]");
        }
    }
}
