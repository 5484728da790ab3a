using System.CommandLine;
using Spectre.Console;
using Vigil.Analysis;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Protection;
using Vigil.Cli.Importing;
using Vigil.Collect;
using Vigil.Collect.Http;
using Vigil.Ingest.Pipeline;
using Vigil.Ingest.Protection;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil collect [--follow] [--store PATH] [--operation NAME]</c>: runs every enabled watch once (or keeps running on each
/// watch's interval with <c>--follow</c>, until Ctrl-C), feeding new posts through the same analysis and
/// pseudonymisation as <c>vigil import</c>, and prints a summary per source (new, duplicate, failed).
/// With <c>--operation</c>, as <c>vigil import --operation</c>: smugglers' clear identifiers also go to the
/// operation's vault while it is active (checked again before each group of pages).
/// Settings and credentials come from the environment (see README, "Collecting from live sources").
/// </summary>
public static class CollectCommand
{
    public static Command Create(CliContext context)
    {
        var follow = new Option<bool>("--follow") { Description = "Keep running: collect each watch again when its interval has passed, until Ctrl-C." };
        var keepUnrelated = new Option<bool>("--keep-unrelated") { Description = "Store posts analysed as unrelated too (for labelling); by default they are only counted, as in `vigil import`." };
        var store = StoreOption.Create();
        var operation = new Option<string?>("--operation")
        {
            Description = "Collect inside this active operation: smugglers' posts also keep their clear identifiers in the operation's own encrypted vault (never migrant requests or guidance; the store stays pseudonymised), as `vigil import --operation`.",
            HelpName = "NAME",
        };
        var command = new Command("collect", "Collect new posts from the watched public sources (see `vigil watch`).") { follow, keepUnrelated, store, operation };
        command.SetAction(async (parse, cancellationToken) =>
        {
            CollectSettings settings;
            try
            {
                settings = CollectSettings.FromEnvironment(context.Environment);
            }
            catch (FormatException e)
            {
                return Errors.Write(context, e.Message);
            }

            var key = KeyFile.LoadOrCreate(context.Paths.KeyFile);
            if (!key.IsOk)
            {
                return Errors.Write(context, key.Error!);
            }

            var target = StoreOption.Resolve(context, parse, store);
            var storePath = target.Path; // names the side files: quarantine, operation vaults, access log
            await using var opened = await StoreOption.OpenAsync(context, target, readOnly: false, cancellationToken);
            if (opened is null || !await StoreKey.ClaimAsync(context, opened, key.Key!, target.Name, "Nothing was collected.", cancellationToken))
            {
                return Errors.Failed;
            }

            var watches = await opened.ListWatchesAsync(cancellationToken);
            if (!watches.Any(w => w.Watch.Enabled))
            {
                return Errors.Write(context, "There is nothing to collect: add a source first, e.g. `vigil watch add telegram:some_channel`.");
            }

            var protector = new PostProtector(new KeyedPseudonymizer(key.Key!), new IdentifierLocator());
            OperationCapture? capture = null;
            if (parse.GetValue(operation) is { } name)
            {
                capture = await OperationalImport.CaptureAsync(context, storePath, name, protector, cancellationToken, "Nothing was collected.");
                if (capture is null)
                {
                    return Errors.Failed;
                }
            }

            var quarantinePath = Path.Combine(Path.GetDirectoryName(storePath)!, $"{Path.GetFileNameWithoutExtension(storePath)}-collect-{context.Clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}.quarantine.jsonl");
            await using var quarantine = new QuarantineFile(quarantinePath, protector.Redact);
            using var http = CollectHttp.Create(settings, Connectors.All, context.Clock);
            var collector = new Collector(Connectors.All, http.ServicesFor, opened, AnalyzerComposition.Create(), protector, quarantine, context.Clock,
                parse.GetValue(keepUnrelated) ? null : opened)
            {
                BatchSize = settings.BatchPosts,
                Operation = capture is null ? null : OperationalImport.WhileActive(context, storePath, capture),
            };
            var outcomes = new List<WatchOutcome>();
            var progress = new Inline(o =>
            {
                outcomes.Add(o);
                WriteLine(context, o);
            });

            try
            {
                if (parse.GetValue(follow))
                {
                    context.Error.WriteLine($"Collecting from {watches.Count(w => w.Watch.Enabled)} sources on their intervals; Ctrl-C stops.");
                    await collector.FollowAsync(progress, cancellationToken);
                }
                else
                {
                    await collector.RunAllAsync(progress, cancellationToken);
                }
            }
            catch (OperationEndedException e)
            {
                WriteSummary(context, outcomes, quarantine);
                await LogOperationAsync(context, storePath, capture!, outcomes);
                return Errors.Write(context, e.Message);
            }
            catch (OperationCanceledException)
            {
                WriteSummary(context, outcomes, quarantine);
                await LogOperationAsync(context, storePath, capture, outcomes);
                context.Error.WriteLine("Stopped: every page committed so far is kept with its cursor; the next run goes on from there.");
                return parse.GetValue(follow) ? 0 : Errors.Interrupted;
            }
            catch (Exception e) when (e is StoreException or StoreWriteException)
            {
                WriteSummary(context, outcomes, quarantine);
                await LogOperationAsync(context, storePath, capture, outcomes);
                return Errors.Write(context, $"Collection stopped because the store failed: {(e.InnerException as StoreException ?? e).Message}");
            }

            WriteSummary(context, outcomes, quarantine);
            await LogOperationAsync(context, storePath, capture, outcomes);
            return outcomes.Count > 0 && outcomes.All(o => o.Failure is not null) ? Errors.Failed : 0;
        });
        return command;
    }

    /// <summary>Inside an operation, logs what the run kept in its vault (also after a stop: the vault was altered).</summary>
    private static Task LogOperationAsync(CliContext context, string storePath, OperationCapture? capture, IReadOnlyList<WatchOutcome> outcomes) =>
        capture is null
            ? Task.CompletedTask
            : OperationalImport.LogAsync(context, storePath, capture, "operation-collect", $"{outcomes.Select(o => o.WatchId).Distinct().Count()} watch(es)", CancellationToken.None);

    private static void WriteLine(CliContext context, WatchOutcome o) =>
        context.Console.MarkupLine(o.Failure is null
            ? $"[green]ok[/]     {Markup.Escape(o.WatchId)}: {o.Counts.Stored:N0} new, {o.Counts.Duplicates:N0} duplicate, {o.Counts.Rejected:N0} failed, {o.Counts.Minimised:N0} unrelated counted only ({o.Pages} pages)"
            : $"[red]failed[/] {Markup.Escape(o.Failure)}");

    private static void WriteSummary(CliContext context, IReadOnlyList<WatchOutcome> outcomes, QuarantineFile quarantine)
    {
        if (outcomes.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("source")
            .AddColumn(new TableColumn("new").RightAligned()).AddColumn(new TableColumn("duplicate").RightAligned()).AddColumn(new TableColumn("failed").RightAligned()).AddColumn("note");
        foreach (var group in outcomes.GroupBy(o => o.WatchId))
        {
            var last = group.Last();
            table.AddRow(
                Markup.Escape(group.Key),
                $"{group.Sum(o => o.Counts.Stored):N0}",
                $"{group.Sum(o => o.Counts.Duplicates):N0}",
                $"{group.Sum(o => o.Failed):N0}",
                Markup.Escape(last.Failure ?? string.Join("; ", last.Notes)));
        }

        context.Console.Write(table);
        if (quarantine.Count > 0)
        {
            context.Console.MarkupLine($"Records that could not be read, and why: [blue]{Markup.Escape(quarantine.Path)}[/]");
        }
    }

    /// <summary>Reports on the calling thread, in order.</summary>
    private sealed class Inline(Action<WatchOutcome> report) : IProgress<WatchOutcome>
    {
        public void Report(WatchOutcome value) => report(value);
    }
}
