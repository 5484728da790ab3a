using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Importing;
using Vigil.Ingest.Importers;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil demo [--store PATH] [--fresh]</c>: imports the bundled demo corpus (<c>data/demo/</c>, copied next
/// to the executable) into the store and prints what to try next. Running it again changes nothing;
/// <c>--fresh</c> deletes the store first.
/// </summary>
public static class DemoCommand
{
    /// <summary>Where the demo corpus ships, relative to the executable.</summary>
    public static string DemoFolder => Path.Combine(AppContext.BaseDirectory, "data", "demo");

    public static Command Create(CliContext context)
    {
        var store = StoreOption.Create();
        var fresh = new Option<bool>("--fresh") { Description = "Delete the store first, so it holds the demo data only." };
        var command = new Command("demo", "Import the bundled demo corpus into the store and show what to try next.") { store, fresh };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = Directory.Exists(DemoFolder)
                ? Directory.EnumerateFiles(DemoFolder, "*", SearchOption.AllDirectories).Where(IsData).Order(StringComparer.Ordinal).ToArray()
                : [];
            if (files.Length == 0)
            {
                return Errors.Write(context, $"The demo corpus is missing from {DemoFolder}; rebuild Vigil (./vigil rebuilds on first use) or reinstall it.");
            }

            var target = StoreOption.Resolve(context, parse, store);
            if (parse.GetValue(fresh))
            {
                if (target.IsPostgres)
                {
                    return Errors.Write(context, $"--fresh empties SQLite stores only; Vigil never drops a PostgreSQL database's posts ({target.Name}). Use a new database, or `vigil purge`.");
                }

                foreach (var f in new[] { target.Path, target.Path + "-wal", target.Path + "-shm" })
                {
                    File.Delete(f);
                }
            }

            context.Console.MarkupLine($"Importing the demo corpus ({files.Length} files) into [blue]{Markup.Escape(target.Name)}[/]");
            var outcome = await ImportSession.RunAsync(
                context, files, target, new ImportOptions { Clock = context.Clock }, cancellationToken, f => Path.GetRelativePath(DemoFolder, f));
            if (outcome is null)
            {
                return Errors.Failed;
            }

            var code = ImportCommand.Report(context, outcome);
            if (code == 0)
            {
                WriteNextSteps(context, parse.GetValue(store) is { Length: > 0 } ? $" --store {target.Name}" : "");
            }

            return code;
        });
        return command;
    }

    private static bool IsData(string file)
    {
        var name = Path.GetFileName(file);
        return !name.StartsWith('.') && !name.Equals("SOURCES.md", StringComparison.OrdinalIgnoreCase)
            && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }

    private static void WriteNextSteps(CliContext context, string storeArgument)
    {
        context.Console.WriteLine();
        context.Console.MarkupLine("[bold]Try next[/]");
        var table = new Table().Border(TableBorder.None).HideHeaders().AddColumn("command").AddColumn("what");
        table.AddRow(Markup.Escape($"./vigil stats{storeArgument}"), Markup.Escape("counts by platform, source, language and day"));
        table.AddRow(Markup.Escape($"./vigil search \"قارب\"{storeArgument}"), Markup.Escape("Arabic: boat"));
        table.AddRow(Markup.Escape($"./vigil search \"قایق\"{storeArgument}"), Markup.Escape("Persian: boat (ی/ک match ي/ك)"));
        table.AddRow(Markup.Escape($"./vigil search \"лодка\"{storeArgument}"), Markup.Escape("Russian: boat"));
        table.AddRow(Markup.Escape($"./vigil search \"phone\" --json{storeArgument}"), Markup.Escape("phones appear only as [phone:CC:ps_…] tokens"));
        table.AddRow(Markup.Escape($"./vigil report --from 2026-08-28 --to 2026-11-19 --synthetic --pdf demo-report.pdf{storeArgument}"), Markup.Escape("the strategic report of the demo weeks (HTML, and PDF with Chromium)"));
        context.Console.Write(table);
    }
}
