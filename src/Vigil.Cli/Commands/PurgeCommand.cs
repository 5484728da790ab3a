using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Vigil.Storage.Audit;
using Vigil.Storage.Retention;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil purge [--store PATH] [--policy FILE] [--dry-run]</c>: enforces the retention policy — deletes
/// the posts older than their category's limit (with their index entries and labels) and old
/// minimised-post digests, and the vaults of operations that ended or were closed — and writes a purge record (policy, cut-offs, counts per category, posts
/// before and after) into the hash-chained access log, so that it can be proven to have run.
/// </summary>
public static class PurgeCommand
{
    public static Command Create(CliContext context)
    {
        var store = StoreOption.Create();
        var policyFile = new Option<string?>("--policy")
        {
            Description = "A JSON retention policy over the defaults, e.g. {\"strategic\": {\"guidance_info\": 180}} (docs/data-protection.md).",
            HelpName = "FILE",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be deleted; change nothing and log nothing." };
        var command = new Command("purge", "Delete what the retention policy no longer allows to keep, and log a purge record.") { store, policyFile, dryRun };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var policy = RetentionPolicy.Default;
            if (parse.GetValue(policyFile) is { } file)
            {
                var (loaded, error) = RetentionPolicy.Load(file);
                if (loaded is null)
                {
                    return Errors.Write(context, error!);
                }

                policy = loaded;
            }

            var path = StoreOption.Resolve(context, parse, store);
            if (!File.Exists(path))
            {
                return Errors.Write(context, $"There is no store at {path}; pass --store with the path of an existing store.");
            }

            var now = context.Clock.GetUtcNow();
            var cutoffs = policy.CutoffsAt(now);
            var dry = parse.GetValue(dryRun);
            PurgeReport report;
            await using (var opened = await StoreOption.OpenAsync(context, path, readOnly: false, cancellationToken))
            {
                if (opened is null)
                {
                    return Errors.Failed;
                }

                report = await opened.PurgeAsync(cutoffs, dry, cancellationToken);
            }

            Write(context, policy, cutoffs, report);
            var erased = await OperationPurge.RunAsync(context, path, now, cutoffs, dry, cancellationToken);
            if (erased is null)
            {
                return Errors.Failed;
            }

            if (dry)
            {
                context.Console.MarkupLine("[yellow]Dry run[/]: nothing was deleted and nothing was logged.");
                return 0;
            }

            var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(path), context.Clock, cancellationToken);
            var entry = await log.AppendAsync(Actor, "purge", path, Record(now, policy, cutoffs, report, erased), cancellationToken);
            context.Console.MarkupLine($"Purge record written to the access log as entry {entry.Sequence} (hash {entry.Hash[..16]}…).");
            return 0;
        });
        return command;
    }

    /// <summary>Who ran a CLI purge, as the access log names them.</summary>
    internal static string Actor => $"cli:{Environment.UserName}";

    /// <summary>The purge record kept in the access log: the policy, its cut-offs and what was deleted.</summary>
    internal static string Record(DateTimeOffset at, RetentionPolicy policy, RetentionCutoffs cutoffs, PurgeReport report, IReadOnlyDictionary<string, long> operationsErased) =>
        JsonSerializer.Serialize(new
        {
            at = Iso(at),
            policy = new { strategicDays = policy.StrategicDays, policy.MinimisedIdentityDays, policy.OperationGraceDays },
            cutoffs = new
            {
                posts = cutoffs.PostsByCategory.ToDictionary(c => c.Key, c => Iso(c.Value)),
                minimisedIdentities = Iso(cutoffs.MinimisedIdentities),
                operationsEndedBefore = Iso(cutoffs.OperationsEndedBefore),
            },
            deleted = new
            {
                posts = report.PostsDeletedByCategory,
                labels = report.LabelsDeleted,
                minimisedIdentities = report.MinimisedIdentitiesDeleted,
                operationClearRecords = operationsErased,
            },
            postsBefore = report.PostsBefore,
            postsAfter = report.PostsAfter,
        });

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Write(CliContext context, RetentionPolicy policy, RetentionCutoffs cutoffs, PurgeReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("category").AddColumn(new TableColumn("kept for").RightAligned())
            .AddColumn("collected before").AddColumn(new TableColumn(report.DryRun ? "would delete" : "deleted").RightAligned());
        foreach (var (category, cutoff) in cutoffs.PostsByCategory.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            table.AddRow(category, $"{policy.StrategicDays[category]} days", Iso(cutoff), $"{report.PostsDeletedByCategory.GetValueOrDefault(category):N0}");
        }

        context.Console.Write(table);
        context.Console.MarkupLine(
            $"Posts: {report.PostsBefore:N0} before, {report.PostsAfter:N0} after; labels deleted with them: {report.LabelsDeleted:N0}; " +
            $"digests of counted unrelated posts older than {policy.MinimisedIdentityDays} days: {report.MinimisedIdentitiesDeleted:N0}.");
    }
}
