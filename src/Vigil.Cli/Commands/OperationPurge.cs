using Spectre.Console;
using Vigil.Cli.Importing;
using Vigil.Storage.Audit;
using Vigil.Storage.Operations;
using Vigil.Storage.Retention;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Commands;

/// <summary>
/// The operational part of <c>vigil purge</c>: erases the vault (clear identifiers) of every operation
/// whose period ended or which was closed before the policy's cut-off, and logs each erasure.
/// </summary>
internal static class OperationPurge
{
    /// <summary>Clear records erased (or, in a dry run, to erase) per operation name; null when the register cannot be trusted.</summary>
    public static async Task<IReadOnlyDictionary<string, long>?> RunAsync(
        CliContext context, string storePath, DateTimeOffset now, RetentionCutoffs cutoffs, bool dryRun, CancellationToken ct)
    {
        var security = VigilWebOptions.SecurityPathFor(storePath);
        var erased = new SortedDictionary<string, long>(StringComparer.Ordinal);
        if (!File.Exists(security) || !Directory.Exists(OperationVaults.FolderFor(storePath)))
        {
            return erased;
        }

        var operations = await OperationCommand.ReadAsync(context, await OperationRegister.OpenAsync(security, context.Clock, ct), ct);
        var vaults = operations is null ? null : OperationalImport.Vaults(context, storePath);
        if (operations is null || vaults is null)
        {
            return null;
        }

        var log = await AccessLog.OpenAsync(security, context.Clock, ct);
        foreach (var operation in operations)
        {
            if (operation.EndedAt(now) is not { } ended || ended > cutoffs.OperationsEndedBefore || !File.Exists(vaults.PathOf(operation)))
            {
                continue;
            }

            var count = dryRun ? await vaults.CountAsync(operation, ct) : await vaults.EraseAsync(operation, ct);
            erased[operation.Name] = count;
            if (!dryRun)
            {
                await log.AppendAsync(PurgeCommand.Actor, "operation-erase", operation.Name,
                    $"operation ended {ended:yyyy-MM-dd HH:mm} UTC; vault with {count} clear records deleted", ct);
            }

            context.Console.MarkupLine($"Operation [bold]{Markup.Escape(operation.Name)}[/] ended {ended:yyyy-MM-dd}: {count:N0} clear records {(dryRun ? "would be" : "were")} erased.");
        }

        return erased;
    }
}
