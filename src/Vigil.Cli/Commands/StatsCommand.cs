using System.CommandLine;
using Spectre.Console;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil stats [--store PATH]</c>: counts of stored posts by platform, source, language, category and day,
/// and of the unrelated posts that were counted instead of stored (minimisation).
/// </summary>
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
            var target = StoreOption.Resolve(context, parse, store);
            await using var opened = await StoreOption.OpenAsync(context, target, readOnly: true, cancellationToken);
            if (opened is null)
            {
                return Errors.Failed;
            }

            var stats = await opened.StatsAsync(cancellationToken);
            context.Console.MarkupLine($"[bold]{stats.Total:N0}[/] posts in {Markup.Escape(target.Name)}");
            Write(context, "platform", stats.ByPlatform);
            Write(context, "source", stats.BySource);
            Write(context, "language", stats.ByLanguage);
            Write(context, "category", stats.ByCategory);
            var days = stats.ByDay.Count > RecentDays ? stats.ByDay.Skip(stats.ByDay.Count - RecentDays).ToArray() : stats.ByDay;
            Write(context, stats.ByDay.Count > RecentDays ? $"day (last {RecentDays} of {stats.ByDay.Count})" : "day", days);
            WriteMinimised(context, await opened.MinimisedCountsAsync(cancellationToken));
            return 0;
        });
        return command;
    }

    /// <summary>Posts analysed as unrelated: counted at import, never stored (minimisation).</summary>
    private static void WriteMinimised(CliContext context, IReadOnlyList<MinimisedCount> counts)
    {
        var total = counts.Sum(c => c.Posts);
        context.Console.MarkupLine($"[bold]{total:N0}[/] unrelated posts counted, not stored (minimisation)");
        if (total == 0)
        {
            return;
        }

        static IReadOnlyList<CountBy> By(IEnumerable<MinimisedCount> counts, Func<MinimisedCount, string> key, bool byKey) =>
            [.. counts.GroupBy(key).Select(g => new CountBy(g.Key, g.Sum(c => c.Posts)))
                .OrderBy(c => byKey ? 0 : -c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)];

        Write(context, "unrelated: platform", By(counts, c => c.Platform, byKey: false));
        Write(context, "unrelated: language", By(counts, c => c.Lang, byKey: false));
        var days = By(counts, c => c.Day, byKey: true);
        Write(context, days.Count > RecentDays ? $"unrelated: day (last {RecentDays} of {days.Count})" : "unrelated: day",
            days.Count > RecentDays ? days.Skip(days.Count - RecentDays).ToArray() : days);
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
