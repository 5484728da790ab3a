using Vigil.Ingest.Protection;
using Vigil.Storage.Operations;

namespace Vigil.Cli.Tests;

/// <summary>Accounts and an operation for operational-mode tests of the CLI.</summary>
internal static class Operations
{
    public const string Password = "a long enough password";

    /// <summary>Adds a DPO (dpo1), an admin (admin1), an analyst (analyst1) and two operation officers (officer1, officer2).</summary>
    public static async Task AddUsersAsync(CliHarness cli, string store)
    {
        foreach (var (name, role) in new[] { ("dpo1", "dpo"), ("admin1", "admin"), ("analyst1", "analyst"), ("officer1", "operation-officer"), ("officer2", "operation-officer") })
        {
            var result = await cli.RunAsync("user", "add", name, "--role", role, "--password", Password, "--store", store);
            Assert.True(result.ExitCode == 0, result.All);
        }
    }

    /// <summary>The store's vaults opened with the installation's operations key, as the web app opens them.</summary>
    public static OperationVaults Vaults(CliHarness cli, string store)
    {
        var key = KeyFile.Load(cli.Paths.OperationsKeyFile);
        Assert.True(key.IsOk, key.Error);
        var bytes = new byte[OperationVaults.KeyLength];
        key.Key!.CopyTo(bytes);
        return new OperationVaults(OperationVaults.FolderFor(store), bytes);
    }

    /// <summary>Creates operation <c>aegean-2026</c> (November 2026, officer1 authorised) by dpo1.</summary>
    public static Task<CliResult> CreateAsync(CliHarness cli, string store, string name = "aegean-2026", string by = "dpo1", string from = "2026-11-01", string until = "2026-12-01", params string[] extra) =>
        cli.RunAsync([
            "operation", "create", name,
            "--legal-basis", "Code of Criminal Procedure art. 100a; order 12/2026 of the investigating judge",
            "--purpose", "Identify the organisers of boat crossings from Izmir advertised on Telegram",
            "--authority", "Hellenic Police, Directorate of Migration Crime",
            "--from", from, "--until", until, "--user", "officer1", "--by", by, "--store", store, .. extra,
        ]);

    /// <summary>A migrant asking for a smuggler, with a phone number and a handle: never to be kept in clear.</summary>
    public const string MigrantRequestJsonl =
        """{"id":"m1","platform":"telegram","source":"sea_trips","author":"@hopeful_traveller_22","lang":"en","created_at":"2026-11-02T10:00:00Z","text":"Is there anyone who knows a smuggler to get me from Turkey to Greece? I have my wife and kids, please help, my number +90 533 765 43 21"}""";
}
