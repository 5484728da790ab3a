using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Spectre.Console;
using Vigil.Collect;
using Vigil.Core.Collection;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil watch add|list|remove</c>: the watch list of public sources collected by <c>vigil collect</c>,
/// kept in the store. A watch is <c>platform:target</c> and an interval; never a credential.
/// </summary>
public static partial class WatchCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("watch", "Manage the public sources that `vigil collect` watches.");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Remove(context));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var id = new Argument<string>("SOURCE") { Description = $"platform:target, e.g. telegram:some_channel. Platforms: {string.Join(", ", Connectors.All.Select(c => c.Platform))}." };
        var interval = new Option<string?>("--interval") { Description = "How often to collect, e.g. 15m, 1h, 90s (default 15m, at least 1m).", HelpName = "TIME" };
        var disabled = new Option<bool>("--disabled") { Description = "Add the watch switched off." };
        var store = StoreOption.Create();
        var command = new Command("add", "Watch a public source (or change the interval of a watched one).") { id, interval, disabled, store };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var raw = parse.GetValue(id) ?? "";
            if (Watch.SplitId(raw) is not var (platform, target))
            {
                return Errors.Write(context, $"'{raw}' is not platform:target; write e.g. telegram:some_channel.");
            }

            if (Connectors.Find(platform) is not { } connector)
            {
                return Errors.Write(context, $"Vigil has no connector for '{platform}'; use one of {string.Join(", ", Connectors.All.Select(c => c.Platform))}.");
            }

            var check = connector.Validate(target);
            if (check.Target is not { } normalised)
            {
                return Errors.Write(context, check.Error ?? $"'{target}' is not a valid {platform} target: {connector.TargetHelp}.");
            }

            var every = Watch.DefaultInterval;
            if (parse.GetValue(interval) is { } text)
            {
                if (ParseInterval(text) is not { } parsed)
                {
                    return Errors.Write(context, $"--interval '{text}' is not a duration; write e.g. 15m, 1h or 90s.");
                }

                every = parsed;
            }

            if (every < Watch.MinimumInterval)
            {
                return Errors.Write(context, $"--interval must be at least {Watch.MinimumInterval.TotalMinutes:0} minute: more often is impolite to the platform.");
            }

            await using var opened = await StoreOption.OpenAsync(context, StoreOption.Resolve(context, parse, store), readOnly: false, cancellationToken);
            if (opened is null)
            {
                return Errors.Failed;
            }

            var watch = new Watch(platform, normalised, every, !parse.GetValue(disabled));
            var added = await opened.AddWatchAsync(watch, context.Clock.GetUtcNow(), cancellationToken);
            context.Out.WriteLine($"{(added ? "Watching" : "Updated")} {watch.Id} every {Describe(every)}{(watch.Enabled ? "" : " (disabled)")}.");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var store = StoreOption.Create();
        var command = new Command("list", "Show the watched sources, their cursors and last runs.") { store };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var opened = await StoreOption.OpenAsync(context, StoreOption.Resolve(context, parse, store), readOnly: false, cancellationToken);
            if (opened is null)
            {
                return Errors.Failed;
            }

            var watches = await opened.ListWatchesAsync(cancellationToken);
            if (watches.Count == 0)
            {
                context.Out.WriteLine("No watches yet. Add one with: vigil watch add telegram:some_channel");
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("source").AddColumn("every").AddColumn("on").AddColumn("cursor").AddColumn("last run").AddColumn("last outcome");
            foreach (var w in watches)
            {
                table.AddRow(
                    Markup.Escape(w.Watch.Id),
                    Describe(w.Watch.Interval),
                    w.Watch.Enabled ? "yes" : "no",
                    Markup.Escape(w.Cursor ?? "-"),
                    w.LastRunAt?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "never",
                    Markup.Escape(w.LastOutcome ?? ""));
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var id = new Argument<string>("SOURCE") { Description = "The watch to remove, as shown by `vigil watch list`." };
        var store = StoreOption.Create();
        var command = new Command("remove", "Stop watching a source (the posts already collected stay).") { id, store };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var raw = parse.GetValue(id) ?? "";
            var key = raw;
            if (Watch.SplitId(raw) is var (platform, target) && Connectors.Find(platform)?.Validate(target).Target is { } normalised)
            {
                key = $"{platform}:{normalised}";
            }

            await using var opened = await StoreOption.OpenAsync(context, StoreOption.Resolve(context, parse, store), readOnly: false, cancellationToken);
            if (opened is null)
            {
                return Errors.Failed;
            }

            if (!await opened.RemoveWatchAsync(key, cancellationToken))
            {
                return Errors.Write(context, $"There is no watch '{raw}'; see `vigil watch list`.");
            }

            context.Out.WriteLine($"Stopped watching {key}; the posts collected from it stay in the store.");
            return 0;
        });
        return command;
    }

    /// <summary>"90s", "15m", "1h", "1d", or a bare number of minutes.</summary>
    internal static TimeSpan? ParseInterval(string text)
    {
        var m = Duration().Match(text.Trim());
        if (!m.Success || !double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return m.Groups[2].Value.ToLowerInvariant() switch
        {
            "s" => TimeSpan.FromSeconds(n),
            "h" => TimeSpan.FromHours(n),
            "d" => TimeSpan.FromDays(n),
            _ => TimeSpan.FromMinutes(n),
        };
    }

    internal static string Describe(TimeSpan interval) =>
        interval.TotalDays >= 1 && interval.TotalDays % 1 == 0 ? $"{interval.TotalDays:0}d"
        : interval.TotalHours >= 1 && interval.TotalHours % 1 == 0 ? $"{interval.TotalHours:0}h"
        : interval.TotalMinutes % 1 == 0 ? $"{interval.TotalMinutes:0}m"
        : $"{interval.TotalSeconds:0}s";

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*([smhdSMHD]?)$")]
    private static partial Regex Duration();
}
