using System.CommandLine;
using Spectre.Console;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil stats [--store PATH]</c>: counts of stored posts by platform, source, language, category and day.</summary>
public static class StatsCommand
{
    /// <summary>Days shown: the most recent ones; the total line still counts every post.</summary>
    private const int RecentDays = 30;

    public static Command Create(CliContext context)
    {
        var store = StoreOption.Create();
        var command = new Command("stats", "Count the stored posts by platform, source, language, category and day.") { store };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = StoreOption.Resolve(context, parse, store);
            await using var opened = await StoreOption.OpenAsync(context, path, readOnly: true, cancellationToken);
            if (opened is null)
            {
                return Errors.Failed;
            }

            var stats = await opened.StatsAsync(cancellationToken);
            context.Console.MarkupLine($"[bold]{stats.Total:N0}[/] posts in {Markup.Escape(path)}");
            Write(context, "platform", stats.ByPlatform);
            Write(context, "source", stats.BySource);
            Write(context, "language", stats.ByLanguage);
            Write(context, "category", stats.ByCategory);
            var days = stats.ByDay.Count > RecentDays ? stats.ByDay.Skip(stats.ByDay.Count - RecentDays).ToArray() : stats.ByDay;
            Write(context, stats.ByDay.Count > RecentDays ? $"day (last {RecentDays} of {stats.ByDay.Count})" : "day", days);
            return 0;
        });
        return command;
    }

    private static void Write(CliContext context, string dimension, IReadOnlyList<CountBy> counts)
    {
        if (counts.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn(Markup.Escape(dimension)).AddColumn(new TableColumn("posts").RightAligned());
        foreach (var c in counts)
        {
            table.AddRow(Markup.Escape(c.Key), $"{c.Count:N0}");
        }

        context.Console.Write(table);
    }
}
