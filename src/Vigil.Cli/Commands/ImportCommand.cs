using System.CommandLine;
using Vigil.Cli.Importing;
using Vigil.Ingest.Importers;
using Vigil.Ingest.Importers.Csv;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil import FILE… [--store PATH] [--encoding NAME]</c>: imports files into the store, pseudonymising
/// identifiers on the way in, with a progress display and a summary (read, stored, duplicates, rejected,
/// unrelated posts counted but not stored — minimisation, unless <c>--keep-unrelated</c>).
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
        var format = new Option<string?>("--format")
        {
            Description = $"Read every file as this format instead of detecting it: {string.Join(", ", Formats.Keys)}.",
            HelpName = "NAME",
        };
        var platform = new Option<string?>("--platform") { Description = "Platform for records that name none (JSONL, CSV), e.g. telegram.", HelpName = "NAME" };
        var source = new Option<string?>("--source") { Description = "Source (channel, page, feed) for records that name none.", HelpName = "NAME" };
        var csvMapping = new Option<string?>("--csv-mapping")
        {
            Description = "CSV columns to post fields, e.g. \"text=Message,author=User Name,created_at=Post Created\" (docs/formats.md).",
            HelpName = "SPEC",
        };
        var keepUnrelated = new Option<bool>("--keep-unrelated")
        {
            Description = "Store posts analysed as unrelated too (for labelling work only; by default they are counted, not stored, and purged after 30 days when kept).",
        };
        var operation = new Option<string?>("--operation")
        {
            Description = "Import inside this active operation: smugglers' posts also keep their clear identifiers in the operation's own encrypted vault (the store stays pseudonymised).",
            HelpName = "NAME",
        };
        var command = new Command("import", "Import posts from files into the store; identifiers are pseudonymised on the way in.")
        {
            files, store, encoding, format, platform, source, csvMapping, keepUnrelated, operation,
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

            var options = new ImportOptions
            {
                Clock = context.Clock,
                Encoding = parse.GetValue(encoding),
                Platform = parse.GetValue(platform),
                Source = parse.GetValue(source),
            };
            if (parse.GetValue(format) is { } formatName)
            {
                if (!Formats.TryGetValue(formatName, out var chosen))
                {
                    return Errors.Write(context, $"Unknown format '{formatName}'; use one of {string.Join(", ", Formats.Keys)}.");
                }

                options = options with { Format = chosen };
            }

            if (parse.GetValue(csvMapping) is { } spec)
            {
                var (mapping, mappingError) = CsvMapping.Parse(spec);
                if (mapping is null)
                {
                    return Errors.Write(context, mappingError ?? "The --csv-mapping cannot be read.");
                }

                options = options with { CsvMapping = mapping };
            }

            var outcome = await ImportSession.RunAsync(
                context, paths, StoreOption.Resolve(context, parse, store), options, cancellationToken,
                keepUnrelated: parse.GetValue(keepUnrelated), operationName: parse.GetValue(operation));
            return outcome is null ? Errors.Failed : Report(context, outcome);
        });
        return command;
    }

    /// <summary>Format names accepted by <c>--format</c>.</summary>
    private static readonly IReadOnlyDictionary<string, InputFormat> Formats = new Dictionary<string, InputFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["jsonl"] = InputFormat.Jsonl,
        ["csv"] = InputFormat.Csv,
        ["telegram-export"] = InputFormat.TelegramExport,
        ["telegram-web"] = InputFormat.TelegramWeb,
        ["mastodon"] = InputFormat.Mastodon,
        ["reddit"] = InputFormat.Reddit,
        ["x"] = InputFormat.X,
        ["rss"] = InputFormat.Feed,
        ["youtube"] = InputFormat.YouTube,
        ["vk"] = InputFormat.Vk,
    };

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
        return total.Read > 0 && total.Stored + total.Duplicates + total.Minimised == 0
            ? Errors.Write(context, $"No post could be read from the input; the reasons are in {outcome.QuarantinePath}.")
            : 0;
    }
}
