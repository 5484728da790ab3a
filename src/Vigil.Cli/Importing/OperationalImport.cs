using Spectre.Console;
using Vigil.Analysis.Protection;
using Vigil.Cli.Commands;
using Vigil.Ingest.Pipeline;
using Vigil.Ingest.Protection;
using Vigil.Storage.Audit;
using Vigil.Storage.Operations;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Importing;

/// <summary>
/// <c>vigil import --operation NAME</c>: checks the operation is active now, opens its vault with the
/// installation's operations key, and logs the import (an alteration of the operation's data) in the
/// access log. The main store is written exactly as without an operation.
/// </summary>
internal static class OperationalImport
{
    /// <summary>The capture for an active operation, or null after writing why the import cannot run in it.</summary>
    public static async Task<OperationCapture?> CaptureAsync(
        CliContext context, string storePath, string name, PostProtector protector, CancellationToken ct, string nothingDone = "Nothing was imported.")
    {
        var register = await OperationRegister.OpenAsync(VigilWebOptions.SecurityPathFor(storePath), context.Clock, ct);
        var operations = await OperationCommand.ReadAsync(context, register, ct);
        if (operations is null)
        {
            return null;
        }

        var operation = operations.FirstOrDefault(o => o.Name == name);
        var now = context.Clock.GetUtcNow();
        if (operation is null || !operation.IsActiveAt(now))
        {
            Errors.Write(context, operation is null
                ? $"There is no operation '{name}'; `vigil operation list` shows them. {nothingDone}"
                : $"The operation '{name}' is not active now (period {operation.From:yyyy-MM-dd} – {operation.Until:yyyy-MM-dd} UTC{(operation.ClosedAt is null ? "" : ", closed")}); clear identifiers cannot be kept for it. {nothingDone}");
            return null;
        }

        var vaults = Vaults(context, storePath);
        return vaults is null ? null : new OperationCapture(operation, protector, vaults.SinkFor(operation));
    }

    /// <summary>The vaults of the store, with the installation's operations key (created on first use, 0600).</summary>
    public static OperationVaults? Vaults(CliContext context, string storePath)
    {
        var key = KeyFile.LoadOrCreate(context.Paths.OperationsKeyFile);
        if (!key.IsOk)
        {
            Errors.Write(context, key.Error!);
            return null;
        }

        Span<byte> bytes = stackalloc byte[OperationVaults.KeyLength];
        key.Key!.CopyTo(bytes);
        var vaults = new OperationVaults(OperationVaults.FolderFor(storePath), bytes);
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(bytes);
        return vaults;
    }

    /// <summary>
    /// For <c>vigil collect --operation</c>: the capture again before each group of pages, as long as the
    /// operation is active in the register (a long <c>--follow</c> run stops when its period ends or it is closed).
    /// </summary>
    public static Func<CancellationToken, ValueTask<OperationCapture>> WhileActive(CliContext context, string storePath, OperationCapture capture) => async ct =>
    {
        var register = await OperationRegister.OpenAsync(VigilWebOptions.SecurityPathFor(storePath), context.Clock, ct);
        var operation = await register.FindAsync(capture.Operation.Name, ct);
        return operation is not null && operation.Id == capture.Operation.Id && operation.IsActiveAt(context.Clock.GetUtcNow())
            ? capture
            : throw new OperationEndedException(
                $"The operation '{capture.Operation.Name}' is no longer active (its period ended or it was closed): collection inside it stopped. What was collected before is kept.");
    };

    /// <summary>Logs what a run kept in the operation's vault: <paramref name="action"/> is operation-import or operation-collect.</summary>
    public static async Task LogAsync(CliContext context, string storePath, OperationCapture capture, string action, string from, CancellationToken ct)
    {
        var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(storePath), context.Clock, ct);
        await log.AppendAsync($"cli:{Environment.UserName}", action, capture.Operation.Name,
            $"clear identifiers of {capture.Kept} posts kept from {from}", ct);
        context.Console.MarkupLine(
            $"Operation [bold]{Markup.Escape(capture.Operation.Name)}[/]: clear identifiers of {capture.Kept:N0} smugglers' posts kept in its vault; the store holds pseudonyms only.");
    }
}
