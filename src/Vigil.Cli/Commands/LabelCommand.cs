using System.CommandLine;
using Vigil.Core.Analysis;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil label POST CATEGORY [--by USER] [--reason TEXT] [--store PATH]</c>: an analyst corrects a stored
/// post's category. The correction is stored with who, when and why (every correction is kept) and the
/// post's category is updated; <c>vigil train</c> learns from the newest correction of each post.
/// </summary>
public static class LabelCommand
{
    public static Command Create(CliContext context)
    {
        var post = new Argument<string>("post") { Description = "The post: platform:native_id (as `vigil search` shows it) or the store's row id." };
        var category = new Argument<string>("category") { Description = "The right category: " + string.Join(", ", Categories.All.Select(c => c.ToWire())) + "." };
        var by = new Option<string?>("--by") { Description = "Who corrects (default: the operating-system user).", HelpName = "USER" };
        var reason = new Option<string?>("--reason") { Description = "Why, in a few words (kept with the correction).", HelpName = "TEXT" };
        var store = StoreOption.Create();
        var command = new Command("label", "Correct the category of a stored post (kept with who, when and why; `vigil train` learns from it).")
        {
            post, category, by, reason, store,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var wire = parse.GetValue(category)!;
            if (!Categories.TryParse(wire, out var parsed))
            {
                return Errors.Write(context, $"'{wire}' is not a category. Use one of: {string.Join(", ", Categories.All.Select(c => c.ToWire()))}.");
            }

            var user = parse.GetValue(by) is { Length: > 0 } given ? given : Environment.UserName;
            var target = StoreOption.Resolve(context, parse, store);
            await using var opened = await StoreOption.OpenAsync(context, target, readOnly: false, cancellationToken);
            if (opened is null)
            {
                return Errors.Failed;
            }

            var id = parse.GetValue(post)!;
            if (!await CliAccessLog.AppendAsync(context, target.Path, "cli:label", id, $"{parsed.ToWire()} by {user}", cancellationToken))
            {
                return Errors.Failed;
            }

            var label = await opened.AddLabelAsync(id, parsed, user, parse.GetValue(reason), context.Clock, cancellationToken);
            if (label is null)
            {
                return Errors.Write(context, $"no post '{id}' in {target.Name}. Give platform:native_id as `vigil search` shows it, or the row id.");
            }

            context.Out.WriteLine($"labelled {label.Post} as {label.Category.ToWire()} (was {label.Previous?.ToWire() ?? "not analysed"}) by {label.By} at {label.At:yyyy-MM-dd HH:mm:ss}Z");
            return 0;
        });
        return command;
    }
}
