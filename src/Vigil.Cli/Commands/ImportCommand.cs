using System.CommandLine;
using Vigil.Cli.Importing;
using Vigil.Ingest.Importers;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil import FILE… [--store PATH] [--encoding NAME]</c>: imports files into the store, pseudonymising
/// identifiers on the way in, with a progress display and a summary (read, stored, duplicates, rejected).
/// Re-importing a file changes nothing; an interrupted import keeps what it committed and can be re-run.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Files to import (JSONL, CSV, Telegram export, Mastodon, Reddit, X, RSS/Atom…; .gz accepted; - for stdin).",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = StoreOption.Create();
        var encoding = new Option<string?>("--encoding")
        {
            Description = "Text encoding when detection is not enough, e.g. windows-1256 or windows-1251.",
            HelpName = "NAME",
        };
        var command = new Command("import", "Import posts from files into the store; identifiers are pseudonymised on the way in.")
        {
            files, store, encoding,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files) ?? [];
            var missing = paths.FirstOrDefault(p => p != Importers.StdIn && !File.Exists(p));
            if (missing is not null)
            {
                return Errors.Write(context, Directory.Exists(missing)
                    ? $"'{missing}' is a folder; name the files to import, e.g. {Path.Combine(missing, "*.jsonl")}."
                    : $"There is no file '{missing}'; check the path and run again.");
            }

            var options = new ImportOptions { Clock = context.Clock, Encoding = parse.GetValue(encoding) };
            var outcome = await ImportSession.RunAsync(context, paths, StoreOption.Resolve(context, parse, store), options, cancellationToken);
            return outcome is null ? Errors.Failed : Report(context, outcome);
        });
        return command;
    }

    internal static int Report(CliContext context, ImportOutcome outcome)
    {
        ImportSession.WriteSummary(context, outcome);
        if (outcome.Error is not null)
        {
            return Errors.Write(context, $"The import stopped: {outcome.Error} Posts stored before this are kept; fix the problem and run the same command again.");
        }

        if (outcome.Interrupted)
        {
            context.Error.WriteLine("Interrupted: the posts stored so far are kept. Run the same command again to finish; nothing is stored twice.");
            return Errors.Interrupted;
        }

        var total = outcome.Total;
        return total.Read > 0 && total.Stored + total.Duplicates == 0
            ? Errors.Write(context, $"No post could be read from the input; the reasons are in {outcome.QuarantinePath}.")
            : 0;
    }
}
