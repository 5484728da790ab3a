using System.CommandLine;
using Spectre.Console;
using Vigil.Web.Data;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil networks [--store] [--limit N]</c>: accounts (pseudonyms) linked by shared phones, handles or
/// reposted adverts. Migrant requests, NGOs and news never link accounts.
/// </summary>
public static class NetworksCommand
{
    public static Command Create(CliContext context)
    {
        var store = StoreOption.Create();
        var limit = new Option<int>("--limit") { Description = "How many networks to list.", DefaultValueFactory = _ => 20, HelpName = "N" };
        var command = new Command("networks", "List account networks (shared phones, handles, clusters) in a store.") { store, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = StoreOption.Resolve(context, parse, store);
            await using var opened = await StoreOption.OpenAsync(context, target, readOnly: true, cancellationToken);
            if (opened is null || !await CliAccessLog.AppendAsync(context, target.Path, "cli:networks", "networks", null, cancellationToken))
            {
                return Errors.Failed;
            }

            var networks = await new DashboardQueries(opened).NetworksAsync(cancellationToken);
            var table = new Table().AddColumns("network", "accounts", "first seen", "last seen", "platforms", "languages", "shared links");
            foreach (var n in networks.Take(Math.Max(1, parse.GetValue(limit))))
            {
                table.AddRow(
                    Markup.Escape(n.Id),
                    n.Size.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    n.FirstSeen?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    n.LastSeen?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    Markup.Escape(string.Join(", ", n.Platforms)),
                    Markup.Escape(string.Join(", ", n.Languages)),
                    Markup.Escape(string.Join(", ", n.SharedLinks.Take(4)) + (n.SharedLinks.Count > 4 ? $" (+{n.SharedLinks.Count - 4})" : "")));
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"{networks.Count} networks.");
            return 0;
        });
        return command;
    }
}
