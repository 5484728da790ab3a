using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Vigil.Ingest.Protection;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve [--store PATH] [--urls URL]</c>: the analyst dashboard and REST API, on loopback by default.</summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var store = new Option<string?>("--store") { Description = "The store to serve (default: the user's store)." };
        var urls = new Option<string?>("--urls") { Description = $"Where to listen, e.g. {VigilWebOptions.DefaultUrl} (loopback by default; separate several with ';')." };
        var command = new Command("serve", "Serve the analyst dashboard and the REST API on the same store as the CLI.") { store, urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var storePath = parse.GetValue(store) ?? context.Paths.DefaultStore;
            if (!File.Exists(storePath))
            {
                await context.Error.WriteLineAsync($"There is no store at {storePath}. Run `vigil demo` or `vigil import FILE` first, or pass --store PATH.");
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
            var options = new VigilWebOptions(storePath, VigilWebOptions.SecurityPathFor(storePath), addresses) { OperationsKey = keyBytes };
            await using var app = await VigilWebApp.BuildAsync(options, context.Clock, cancellationToken);
            await app.StartAsync(cancellationToken);
            await context.Out.WriteLineAsync($"Vigil is serving {storePath} at {string.Join(", ", app.Urls)} (Ctrl+C stops).");
            await context.Out.WriteLineAsync("No account yet? Create one: vigil user add NAME --role analyst (roles: analyst, operation-officer, dpo, admin).");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
