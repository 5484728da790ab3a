using System.CommandLine;
using Vigil.Storage.Audit;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil audit verify</c>: checks the access log's hash chain and names the first bad entry.</summary>
public static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var store = new Option<string?>("--store") { Description = "The store whose access log to check (default: the user's store)." };
        var verify = new Command("verify", "Check that no access-log entry was edited, removed or reordered.") { store };
        verify.SetAction(async (parse, ct) =>
        {
            var target = StoreOption.Resolve(context, parse.GetValue(store));
            if (target.Problem is { } bad)
            {
                return Errors.Write(context, bad);
            }

            var path = VigilWebOptions.SecurityPathFor(target.Path);
            if (!File.Exists(path))
            {
                await context.Error.WriteLineAsync($"There is no access log at {path}: nothing has been served from this store yet.");
                return 2;
            }

            var log = await AccessLog.OpenAsync(path, context.Clock, ct);
            var result = await log.VerifyAsync(ct);
            if (result.Intact)
            {
                await context.Out.WriteLineAsync($"Access log intact: {result.Entries} entries. Head hash {result.HeadHash} (note it outside Vigil to detect a later truncation).");
                return 0;
            }

            await context.Error.WriteLineAsync($"Access log TAMPERED: {result.Problem} {result.Entries} entries before it verify.");
            return 1;
        });
        var command = new Command("audit", "Work with the access log.");
        command.Subcommands.Add(verify);
        return command;
    }
}
