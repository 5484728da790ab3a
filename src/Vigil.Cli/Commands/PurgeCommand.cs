using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Importing;
using Vigil.Storage.Operations;
using Vigil.Storage.Retention;
using Vigil.Web.Retention;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil purge [--store PATH] [--policy FILE] [--dry-run]</c>: enforces the retention policy — deletes
/// the posts older than their category's limit (with their index entries and labels) and old
/// minimised-post digests, triage decisions about purged posts, old quarantine files, and the vaults of operations that ended or were closed — and writes a purge record (policy, cut-offs, counts per category, posts
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

            var target = StoreOption.Resolve(context, parse, store);
            var path = target.Path;
            if (target.Problem is null && !target.IsPostgres && !File.Exists(path))
            {
                return Errors.Write(context, $"There is no store at {path}; pass --store with the path of an existing store.");
            }

            var dry = parse.GetValue(dryRun);
            PurgeOutcome outcome;
            await using (var opened = await StoreOption.OpenAsync(context, target, readOnly: false, cancellationToken))
            {
                if (opened is null)
                {
                    return Errors.Failed;
                }

                var vaults = Directory.Exists(OperationVaults.FolderFor(path)) ? OperationalImport.Vaults(context, path) : null;
                if (vaults is null && Directory.Exists(OperationVaults.FolderFor(path)))
                {
                    return Errors.Failed;
                }

                try
                {
                    outcome = await new RetentionPurge(path, opened, vaults, context.Clock).RunAsync(policy, Actor, dry, cancellationToken);
                }
                catch (InvalidDataException e)
                {
                    return Errors.Write(context, e.Message + " Nothing was purged.");
                }
            }

            Write(context, outcome);
            if (outcome.Entry is not { } entry)
            {
                context.Console.MarkupLine("[yellow]Dry run[/]: nothing was deleted and nothing was logged.");
                return 0;
            }

            context.Console.MarkupLine($"Purge record written to the access log as entry {entry.Sequence} (hash {entry.Hash[..16]}…).");
            return 0;
        });
        return command;
    }

    /// <summary>Who ran a CLI purge, as the access log names them.</summary>
    internal static string Actor => $"cli:{Environment.UserName}";

    private static void Write(CliContext context, PurgeOutcome outcome)
    {
        var (policy, cutoffs, report) = (outcome.Policy, outcome.Cutoffs, outcome.Report);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("category").AddColumn(new TableColumn("kept for").RightAligned())
            .AddColumn("collected before").AddColumn(new TableColumn(report.DryRun ? "would delete" : "deleted").RightAligned());
        foreach (var (category, cutoff) in cutoffs.PostsByCategory.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            table.AddRow(category, $"{policy.StrategicDays[category]} days", RetentionPurge.Iso(cutoff), $"{report.PostsDeletedByCategory.GetValueOrDefault(category):N0}");
        }

        context.Console.Write(table);
        context.Console.MarkupLine(
            $"Posts: {report.PostsBefore:N0} before, {report.PostsAfter:N0} after; labels deleted with them: {report.LabelsDeleted:N0}; " +
            $"triage decisions about them: {outcome.DecisionsDeleted:N0}; " +
            $"digests of counted unrelated posts older than {policy.MinimisedIdentityDays} days: {report.MinimisedIdentitiesDeleted:N0}; " +
            $"quarantine files older than {policy.QuarantineDays} days: {outcome.QuarantineFilesDeleted.Count:N0}.");
        foreach (var operation in outcome.Operations)
        {
            context.Console.MarkupLine($"Operation [bold]{Markup.Escape(operation.Name)}[/] ended {operation.Ended:yyyy-MM-dd}: {operation.ClearRecords:N0} clear records {(report.DryRun ? "would be" : "were")} erased" +
                (operation.KeyDestroyed ? $", and its data key {(report.DryRun ? "would be" : "was")} destroyed." : "."));
        }
    }
}
