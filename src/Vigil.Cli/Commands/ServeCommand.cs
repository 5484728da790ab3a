using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Vigil.Ingest.Protection;
using Vigil.Storage.Retention;
using Vigil.Web.Hosting;
using Vigil.Web.Retention;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve [--store PATH] [--urls URL]</c>: the analyst dashboard and REST API, on loopback by default.</summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var store = new Option<string?>("--store") { Description = "The store to serve (default: the user's store)." };
        var urls = new Option<string?>("--urls") { Description = $"Where to listen, e.g. {VigilWebOptions.DefaultUrl} (loopback by default; separate several with ';')." };
        var purgeEvery = new Option<string?>("--purge-every")
        {
            Description = "How often the server runs the retention purge by itself: 30m, 6h, 1d (default 1d, or VIGIL_PURGE_EVERY), or off.",
            HelpName = "INTERVAL",
        };
        var purgePolicy = new Option<string?>("--purge-policy")
        {
            Description = "A JSON retention policy for the scheduled purge, as for `vigil purge --policy` (or VIGIL_PURGE_POLICY).",
            HelpName = "FILE",
        };
        var command = new Command("serve", "Serve the analyst dashboard and the REST API on the same store as the CLI.") { store, urls, purgeEvery, purgePolicy };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = StoreOption.Resolve(context, parse.GetValue(store));
            if (target.Problem is { } bad)
            {
                return Errors.Write(context, bad);
            }

            var storePath = target.Path; // for PostgreSQL: names the side files (security database, operation vaults)
            if (!target.IsPostgres && !File.Exists(storePath))
            {
                await context.Error.WriteLineAsync($"There is no store at {storePath}. Run `vigil demo` or `vigil import FILE` first, or pass --store PATH.");
                return 2;
            }

            var (schedule, problem) = Schedule(parse.GetValue(purgeEvery), parse.GetValue(purgePolicy));
            if (problem is not null)
            {
                await context.Error.WriteLineAsync($"error: {problem}");
                return 2;
            }

            var addresses = (parse.GetValue(urls) ?? VigilWebOptions.DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // The operations key lets assigned officers open operation vaults; it never leaves this process.
            var operationsKey = KeyFile.LoadOrCreate(context.Paths.OperationsKeyFile);
            if (!operationsKey.IsOk)
            {
                await context.Error.WriteLineAsync(operationsKey.Error);
                return 2;
            }

            var keyBytes = new byte[Storage.Operations.OperationVaults.KeyLength];
            operationsKey.Key!.CopyTo(keyBytes);
            var options = new VigilWebOptions(storePath, VigilWebOptions.SecurityPathFor(storePath), addresses)
            {
                OperationsKey = keyBytes, Retention = schedule, PostgresConnection = target.Postgres,
            };
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = await VigilWebApp.BuildAsync(options, context.Clock, cancellationToken);
            }
            catch (Storage.StoreException e)
            {
                return Errors.Write(context, e.Message);
            }

            await using var serving = app;
            await app.StartAsync(cancellationToken);
            await context.Out.WriteLineAsync($"Vigil is serving {target.Name} at {string.Join(", ", app.Urls)} (Ctrl+C stops).");
            await context.Out.WriteLineAsync(schedule is null
                ? "Scheduled purge: off (run `vigil purge` from cron)."
                : $"Scheduled purge: now and every {schedule.Every.TotalHours:0.##} h (each run is recorded in the access log; --purge-every off turns it off).");
            await context.Out.WriteLineAsync("No account yet? Create one: vigil user add NAME --role analyst (roles: analyst, operation-officer, dpo, admin).");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    /// <summary>The scheduled purge from the options, else the environment (VIGIL_PURGE_EVERY, VIGIL_PURGE_POLICY); null when turned off.</summary>
    internal static (RetentionSchedule? Schedule, string? Problem) Schedule(string? every, string? policyFile)
    {
        var (off, interval, error) = RetentionSchedule.ParseEvery(every ?? Environment.GetEnvironmentVariable("VIGIL_PURGE_EVERY"));
        if (error is not null || off)
        {
            return (null, error);
        }

        var policy = RetentionPolicy.Default;
        if ((policyFile ?? Environment.GetEnvironmentVariable("VIGIL_PURGE_POLICY")) is { Length: > 0 } file)
        {
            (policy, error) = RetentionPolicy.Load(file);
            if (policy is null)
            {
                return (null, error);
            }
        }

        return (new RetentionSchedule(interval, policy), null);
    }
}
