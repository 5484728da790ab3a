using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Vigil.Core.Operations;
using Vigil.Storage.Audit;
using Vigil.Storage.Operations;
using Vigil.Web.Accounts;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil operation create|list|show|assign|close</c>: the register of authorised operations, the only
/// frame in which clear identifiers are kept. Creating, assigning and closing need <c>--by NAME</c>, an
/// admin or DPO account; the access log records that account and the system user who ran the command.
/// </summary>
public static class OperationCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("operation", "Create, list, show, assign and close authorised operations (operational mode).");
        command.Subcommands.Add(CreateCommand(context));
        command.Subcommands.Add(ListCommand(context));
        command.Subcommands.Add(ShowCommand(context));
        command.Subcommands.Add(AssignCommand(context));
        command.Subcommands.Add(CloseCommand(context));
        return command;
    }

    private static Option<string> By() => new("--by")
    {
        Description = "Your Vigil account (role admin or dpo): operations are created, assigned and closed by one of them.",
        Required = true,
        HelpName = "NAME",
    };

    private static Argument<string> NameArgument() => new("NAME") { Description = "The operation's name, e.g. aegean-2026." };

    private static Command CreateCommand(CliContext context)
    {
        var store = StoreOption.Create();
        var name = NameArgument();
        var legalBasis = new Option<string>("--legal-basis") { Description = "The legal basis, e.g. the national law and article, and the case or order.", Required = true };
        var purpose = new Option<string>("--purpose") { Description = "What the operation is for, in a sentence.", Required = true };
        var authority = new Option<string>("--authority") { Description = "The host or competent authority responsible.", Required = true };
        var from = new Option<string>("--from") { Description = "Start of the period (UTC date or time, e.g. 2026-11-01).", Required = true };
        var until = new Option<string>("--until") { Description = "End of the period, exclusive (UTC date or time).", Required = true };
        var users = new Option<string[]>("--user") { Description = "An operation officer to authorise (repeat for several).", AllowMultipleArgumentsPerToken = true };
        var by = By();
        var create = new Command("create", "Create an operation.") { name, legalBasis, purpose, authority, from, until, users, by, store };
        create.SetAction(async (parse, ct) =>
        {
            if (!TryTime(parse.GetValue(from)!, out var start) || !TryTime(parse.GetValue(until)!, out var end))
            {
                return Errors.Write(context, "Give --from and --until as UTC dates or times, e.g. 2026-11-01 or 2026-11-01T08:00:00Z.");
            }

            if (StoreOption.SidePath(context, parse, store) is not { } path)
            {
                return Errors.Failed;
            }

            var (actor, problem) = await ActorAsync(context, path, parse.GetValue(by)!, ct);
            if (actor is null)
            {
                return Errors.Write(context, problem!);
            }

            var officers = parse.GetValue(users) ?? [];
            foreach (var officer in officers)
            {
                if (await OfficerProblemAsync(context, path, officer, ct) is { } officerProblem)
                {
                    return Errors.Write(context, officerProblem);
                }
            }

            var register = await OperationRegister.OpenAsync(VigilWebOptions.SecurityPathFor(path), context.Clock, ct);
            var (operation, error) = await register.CreateAsync(
                new OperationDraft(parse.GetValue(name)!, parse.GetValue(legalBasis)!, parse.GetValue(purpose)!, parse.GetValue(authority)!, start, end, officers), actor, ct);
            if (operation is null)
            {
                return Errors.Write(context, error!);
            }

            context.Console.MarkupLine($"Created operation [bold]{Markup.Escape(operation.Name)}[/] (id {operation.Id}); the access log records it.");
            Write(context, operation);
            return 0;
        });
        return create;
    }

    private static Command ListCommand(CliContext context)
    {
        var store = StoreOption.Create();
        var list = new Command("list", "List the operations and whether each is active now.") { store };
        list.SetAction(async (parse, ct) =>
        {
            if (StoreOption.SidePath(context, parse, store) is not { } path)
            {
                return Errors.Failed;
            }

            var register = await OperationRegister.OpenAsync(VigilWebOptions.SecurityPathFor(path), context.Clock, ct);
            var now = context.Clock.GetUtcNow();
            var operations = await ReadAsync(context, register, ct);
            if (operations is null)
            {
                return Errors.Failed;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("name").AddColumn("status").AddColumn("period (UTC)").AddColumn("authority").AddColumn("officers");
            foreach (var o in operations)
            {
                table.AddRow(Markup.Escape(o.Name), Status(o, now), $"{Iso(o.From)} – {Iso(o.Until)}", Markup.Escape(o.Authority), Markup.Escape(string.Join(", ", o.AuthorisedUsers)));
            }

            context.Console.Write(table);
            return 0;
        });
        return list;
    }

    private static Command ShowCommand(CliContext context)
    {
        var store = StoreOption.Create();
        var name = NameArgument();
        var show = new Command("show", "Show an operation's record.") { name, store };
        show.SetAction(async (parse, ct) =>
        {
            if (StoreOption.SidePath(context, parse, store) is not { } path)
            {
                return Errors.Failed;
            }

            var register = await OperationRegister.OpenAsync(VigilWebOptions.SecurityPathFor(path), context.Clock, ct);
            var operations = await ReadAsync(context, register, ct);
            if (operations is null)
            {
                return Errors.Failed;
            }

            var operation = operations.FirstOrDefault(o => o.Name == parse.GetValue(name));
            if (operation is null)
            {
                return Errors.Write(context, $"There is no operation '{parse.GetValue(name)}'; `vigil operation list` shows them.");
            }

            Write(context, operation);
            return 0;
        });
        return show;
    }

    private static Command AssignCommand(CliContext context)
    {
        var store = StoreOption.Create();
        var name = NameArgument();
        var user = new Argument<string>("USER") { Description = "The operation officer to authorise." };
        var by = By();
        var assign = new Command("assign", "Authorise an operation officer for an operation.") { name, user, by, store };
        assign.SetAction(async (parse, ct) =>
        {
            if (StoreOption.SidePath(context, parse, store) is not { } path)
            {
                return Errors.Failed;
            }

            var (actor, problem) = await ActorAsync(context, path, parse.GetValue(by)!, ct);
            problem ??= await OfficerProblemAsync(context, path, parse.GetValue(user)!, ct);
            if (actor is null || problem is not null)
            {
                return Errors.Write(context, problem!);
            }

            var register = await OperationRegister.OpenAsync(VigilWebOptions.SecurityPathFor(path), context.Clock, ct);
            var (operation, error) = await register.AssignAsync(parse.GetValue(name)!, parse.GetValue(user)!, actor, ct);
            if (operation is null)
            {
                return Errors.Write(context, error!);
            }

            context.Console.MarkupLine($"{Markup.Escape(parse.GetValue(user)!)} is now authorised for [bold]{Markup.Escape(operation.Name)}[/].");
            return 0;
        });
        return assign;
    }

    private static Command CloseCommand(CliContext context)
    {
        var store = StoreOption.Create();
        var name = NameArgument();
        var by = By();
        var close = new Command("close", "Close an operation: its vault's data key is destroyed at once (nobody can read its clear identifiers any more), and the next purge deletes the vault file.") { name, by, store };
        close.SetAction(async (parse, ct) =>
        {
            if (StoreOption.SidePath(context, parse, store) is not { } path)
            {
                return Errors.Failed;
            }

            var (actor, problem) = await ActorAsync(context, path, parse.GetValue(by)!, ct);
            if (actor is null)
            {
                return Errors.Write(context, problem!);
            }

            var register = await OperationRegister.OpenAsync(VigilWebOptions.SecurityPathFor(path), context.Clock, ct);
            var (operation, error) = await register.CloseAsync(parse.GetValue(name)!, actor, ct);
            if (operation is null)
            {
                return Errors.Write(context, error!);
            }

            // Crypto-shredding: without its data key the vault, and every copy of it, is unreadable.
            var why = $"operation closed by {actor}";
            if (await new OperationKeyring(OperationVaults.FolderFor(path)).DestroyAsync(operation.Id, context.Clock.GetUtcNow(), actor, why, ct))
            {
                var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(path), context.Clock, ct);
                await log.AppendAsync(actor, "operation-key-destroy", operation.Name, why + ": the vault's data key was destroyed; no copy of the vault can be read any more", ct);
                context.Console.MarkupLine("Its vault's data key was destroyed: its clear identifiers can no longer be read, from the vault or any copy of it.");
            }

            context.Console.MarkupLine($"Closed [bold]{Markup.Escape(operation.Name)}[/]. Run `vigil purge` to delete its vault file now.");
            return 0;
        });
        return close;
    }

    /// <summary>The access-log name of whoever acts: the admin or DPO account, and the system user running the CLI.</summary>
    private static async Task<(string? Actor, string? Problem)> ActorAsync(CliContext context, string storePath, string account, CancellationToken ct)
    {
        var users = await UserDirectory.OpenAsync(VigilWebOptions.SecurityPathFor(storePath), context.Clock, ct);
        var found = (await users.ListAsync(ct)).FirstOrDefault(u => u.Name == account);
        return found is { Role: Roles.Admin or Roles.Dpo }
            ? ($"{found.Name} (cli:{Environment.UserName})", null)
            : (null, $"'{account}' is not an admin or DPO account of this store; operations are created, assigned and closed by one (vigil user add NAME --role dpo).");
    }

    private static async Task<string?> OfficerProblemAsync(CliContext context, string storePath, string user, CancellationToken ct)
    {
        var users = await UserDirectory.OpenAsync(VigilWebOptions.SecurityPathFor(storePath), context.Clock, ct);
        return (await users.ListAsync(ct)).Any(u => u.Name == user && u.Role == Roles.OperationOfficer)
            ? null
            : $"'{user}' is not an operation-officer account of this store; only operation officers can be authorised (vigil user add {user} --role operation-officer).";
    }

    /// <summary>The register's operations, or null after writing why it cannot be trusted.</summary>
    internal static async Task<IReadOnlyList<Operation>?> ReadAsync(CliContext context, OperationRegister register, CancellationToken ct)
    {
        try
        {
            return await register.ListAsync(ct);
        }
        catch (InvalidDataException e)
        {
            Errors.Write(context, e.Message);
            return null;
        }
    }

    private static void Write(CliContext context, Operation o)
    {
        var now = context.Clock.GetUtcNow();
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("field").AddColumn("value");
        table.AddRow("name", Markup.Escape(o.Name));
        table.AddRow("id", o.Id);
        table.AddRow("status", Status(o, now));
        table.AddRow("legal basis", Markup.Escape(o.LegalBasis));
        table.AddRow("purpose", Markup.Escape(o.Purpose));
        table.AddRow("authority", Markup.Escape(o.Authority));
        table.AddRow("period (UTC)", $"{Iso(o.From)} – {Iso(o.Until)}");
        table.AddRow("authorised officers", Markup.Escape(o.AuthorisedUsers.Count == 0 ? "(none)" : string.Join(", ", o.AuthorisedUsers)));
        table.AddRow("created", Markup.Escape($"{Iso(o.CreatedAt)} by {o.CreatedBy}"));
        if (o.ClosedAt is { } closed)
        {
            table.AddRow("closed", Markup.Escape($"{Iso(closed)} by {o.ClosedBy}"));
        }

        context.Console.Write(table);
    }

    private static string Status(Operation o, DateTimeOffset now) =>
        o.ClosedAt is not null ? "closed" : o.IsActiveAt(now) ? "active" : now < o.From ? "not started" : "ended";

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static bool TryTime(string text, out DateTimeOffset at) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);
}
