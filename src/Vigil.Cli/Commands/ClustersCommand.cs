using System.CommandLine;
using Spectre.Console;
using Vigil.Web.Data;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil clusters [--store] [--limit N]</c>: adverts reposted with small changes, largest first.</summary>
public static class ClustersCommand
{
    public static Command Create(CliContext context)
    {
        var store = StoreOption.Create();
        var limit = new Option<int>("--limit") { Description = "How many clusters to list.", DefaultValueFactory = _ => 20, HelpName = "N" };
        var command = new Command("clusters", "List near-duplicate clusters of flagged adverts in a store.") { store, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = StoreOption.Resolve(context, parse, store);
            await using var opened = await StoreOption.OpenAsync(context, target, readOnly: true, cancellationToken);
            if (opened is null || !await CliAccessLog.AppendAsync(context, target.Path, "cli:clusters", "clusters", null, cancellationToken))
            {
                return Errors.Failed;
            }

            var queries = new DashboardQueries(opened);
            var clusters = await queries.ClustersAsync(Math.Max(1, parse.GetValue(limit)), 1, cancellationToken);
            var table = new Table().AddColumns("cluster", "posts", "first seen", "last seen", "platforms", "first post (start)");
            foreach (var c in clusters)
            {
                var first = c.Posts.Count > 0 ? c.Posts[0].Text.ReplaceLineEndings(" ") : "";
                table.AddRow(
                    Markup.Escape(c.Id),
                    c.Size.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    c.FirstSeen?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    c.LastSeen?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    Markup.Escape(string.Join(", ", c.Platforms)),
                    Markup.Escape(first.Length > 60 ? first[..60] + "…" : first));
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"{(await queries.DedupStateAsync(cancellationToken)).Clusters} clusters of flagged posts.");
            return 0;
        });
        return command;
    }
}
