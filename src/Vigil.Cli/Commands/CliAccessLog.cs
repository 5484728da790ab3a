using Vigil.Storage.Audit;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Commands;

/// <summary>
/// The access log for commands that show stored content on a terminal (`vigil search`, `clusters`,
/// `networks`, `label`): the same hash-chained log as the dashboard's (<c>&lt;store&gt;.security.db</c>), user
/// <c>cli:&lt;operating-system user&gt;</c>. The entry is committed before anything is shown; when it cannot be
/// written nothing is shown, as in the dashboard.
/// </summary>
internal static class CliAccessLog
{
    public static string User => $"cli:{Environment.UserName}";

    /// <summary>Appends one entry; on failure writes why to the error writer and returns false.</summary>
    public static async Task<bool> AppendAsync(CliContext context, string storePath, string action, string target, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(storePath), context.Clock, cancellationToken);
            await log.AppendAsync(User, action, target, reason, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            Errors.Write(context, $"Nothing is shown because the access log {VigilWebOptions.SecurityPathFor(storePath)} could not be written ({e.Message}). Every view of stored posts is logged; make that file writable.");
            return false;
        }
    }
}
