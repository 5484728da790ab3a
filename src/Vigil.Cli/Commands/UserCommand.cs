using System.CommandLine;
using Vigil.Web.Accounts;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil user add|list|token</c>: local accounts of the dashboard and API tokens for machine clients.</summary>
public static class UserCommand
{
    public static Command Create(CliContext context)
    {
        var store = new Option<string?>("--store") { Description = "The store whose users to manage (default: the user's store)." };
        var command = new Command("user", "Manage dashboard accounts and API tokens.");

        var name = new Argument<string>("name") { Description = "User name." };
        var role = new Option<string>("--role") { Description = "analyst, operation-officer, dpo or admin.", Required = true };
        var password = new Option<string?>("--password") { Description = "The password (12+ characters); read from standard input when omitted." };
        var add = new Command("add", "Add a user.") { name, role, password, store };
        add.SetAction(async (parse, ct) =>
        {
            if (await OpenAsync(context, parse.GetValue(store), ct) is not { } users)
            {
                return Errors.Failed;
            }

            var roleName = parse.GetValue(role)!;
            if (!Roles.IsValid(roleName))
            {
                await context.Error.WriteLineAsync($"Unknown role '{roleName}'. Use one of: {string.Join(", ", Roles.All)}.");
                return 2;
            }

            var secret = parse.GetValue(password);
            if (secret is null)
            {
                using var reader = new StreamReader(context.OpenStdin());
                secret = (await reader.ReadLineAsync(ct))?.Trim();
            }

            if (secret is null || secret.Length < 12)
            {
                await context.Error.WriteLineAsync("The password must have at least 12 characters (give it with --password or on standard input).");
                return 2;
            }

            if (!await users.AddAsync(parse.GetValue(name)!, secret, roleName, ct))
            {
                await context.Error.WriteLineAsync($"There is already a user called {parse.GetValue(name)}.");
                return 1;
            }

            await context.Out.WriteLineAsync($"Added {parse.GetValue(name)} ({roleName}).");
            return 0;
        });

        var list = new Command("list", "List users and their roles.") { store };
        list.SetAction(async (parse, ct) =>
        {
            if (await OpenAsync(context, parse.GetValue(store), ct) is not { } users)
            {
                return Errors.Failed;
            }

            foreach (var user in await users.ListAsync(ct))
            {
                await context.Out.WriteLineAsync($"{user.Name}\t{user.Role}{(user.LockedUntil is { } until ? $"\tlocked until {until:u}" : "")}");
            }

            return 0;
        });

        var tokenUser = new Argument<string>("name") { Description = "The user the token acts as." };
        var label = new Option<string?>("--label") { Description = "What the token is for." };
        var token = new Command("token", "Create an API token for a user (shown once; only its hash is kept).") { tokenUser, label, store };
        token.SetAction(async (parse, ct) =>
        {
            if (await OpenAsync(context, parse.GetValue(store), ct) is not { } users)
            {
                return Errors.Failed;
            }

            if ((await users.ListAsync(ct)).All(u => u.Name != parse.GetValue(tokenUser)))
            {
                await context.Error.WriteLineAsync($"There is no user '{parse.GetValue(tokenUser)}'. Add one first with `vigil user add`.");
                return 2;
            }

            await context.Out.WriteLineAsync(await users.CreateTokenAsync(parse.GetValue(tokenUser)!, parse.GetValue(label), ct));
            return 0;
        });

        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        command.Subcommands.Add(token);
        return command;
    }

    /// <summary>The accounts of the store's security database; null after saying why the store value names no store.</summary>
    private static async Task<UserDirectory?> OpenAsync(CliContext context, string? store, CancellationToken ct)
    {
        var target = StoreOption.Resolve(context, store);
        if (target.Problem is { } problem)
        {
            Errors.Write(context, problem);
            return null;
        }

        return await UserDirectory.OpenAsync(VigilWebOptions.SecurityPathFor(target.Path), context.Clock, ct);
    }
}
