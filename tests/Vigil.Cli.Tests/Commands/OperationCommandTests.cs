using Microsoft.Data.Sqlite;
using Vigil.Storage.Audit;
using Vigil.Testing;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Tests.Commands;

public sealed class OperationCommandTests
{
    private readonly CliHarness _cli = new();

    private string Store => _cli.Store();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_ByDpo_ShowsTheRecordAndLogsWhoCreatedIt()
    {
        await Operations.AddUsersAsync(_cli, Store);

        var created = await Operations.CreateAsync(_cli, Store);
        var show = await _cli.RunAsync("operation", "show", "aegean-2026", "--store", Store);
        var list = await _cli.RunAsync("operation", "list", "--store", Store);

        Assert.True(created.ExitCode == 0, created.All);
        Assert.Contains("Code of Criminal Procedure art. 100a", show.Console);
        Assert.Contains("Hellenic Police, Directorate of Migration Crime", show.Console);
        Assert.Contains("2026-11-01 00:00 – 2026-12-01 00:00", show.Console);
        Assert.Contains("officer1", show.Console);
        Assert.Matches(@"created\s*│\s*2026-11-02 09:30 by dpo1 \(cli:", show.Console);
        Assert.Matches(@"aegean-2026\s*│\s*active", list.Console);
        var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(Store), Clocks.At(), Ct);
        var entry = Assert.Single(await log.RecentAsync(50, Ct), e => e.Action == "operation-create");
        Assert.StartsWith("dpo1 (cli:", entry.User);
        Assert.Contains("Directorate of Migration Crime", entry.Reason);
        Assert.Equal(0, (await _cli.RunAsync("audit", "verify", "--store", Store)).ExitCode);
    }

    [Theory]
    [InlineData("analyst1", "not an admin or DPO account")]
    [InlineData("officer1", "not an admin or DPO account")]
    [InlineData("nobody", "not an admin or DPO account")]
    public async Task Create_ByAnyoneButAdminOrDpo_IsRefused(string by, string expected)
    {
        await Operations.AddUsersAsync(_cli, Store);

        var result = await Operations.CreateAsync(_cli, Store, by: by);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("aegean-2026", (await _cli.RunAsync("operation", "list", "--store", Store)).Console);
    }

    [Fact]
    public async Task Create_Invalid_OneSentenceErrors()
    {
        await Operations.AddUsersAsync(_cli, Store);
        await Operations.CreateAsync(_cli, Store);

        Assert.Contains("already an operation 'aegean-2026'", (await Operations.CreateAsync(_cli, Store)).Error);
        Assert.Contains("must end after it starts", (await Operations.CreateAsync(_cli, Store, name: "other", from: "2026-12-01", until: "2026-11-01")).Error);
        Assert.Contains("not a valid operation name", (await Operations.CreateAsync(_cli, Store, name: "Bad Name!")).Error);
        Assert.Contains("UTC dates or times", (await Operations.CreateAsync(_cli, Store, name: "other", from: "someday")).Error);
        Assert.Contains("not an operation-officer account", (await Operations.CreateAsync(_cli, Store, "other", "dpo1", "2026-11-01", "2026-12-01", "--user", "analyst1")).Error);
    }

    [Fact]
    public async Task AssignAndClose_ChangeTheRecord()
    {
        await Operations.AddUsersAsync(_cli, Store);
        await Operations.CreateAsync(_cli, Store);

        var assign = await _cli.RunAsync("operation", "assign", "aegean-2026", "officer2", "--by", "admin1", "--store", Store);
        var assignAnalyst = await _cli.RunAsync("operation", "assign", "aegean-2026", "analyst1", "--by", "admin1", "--store", Store);
        var close = await _cli.RunAsync("operation", "close", "aegean-2026", "--by", "dpo1", "--store", Store);
        var closeAgain = await _cli.RunAsync("operation", "close", "aegean-2026", "--by", "dpo1", "--store", Store);
        var show = await _cli.RunAsync("operation", "show", "aegean-2026", "--store", Store);

        Assert.Equal(0, assign.ExitCode);
        Assert.Contains("not an operation-officer account", assignAnalyst.Error);
        Assert.Equal(0, close.ExitCode);
        Assert.Contains("already closed", closeAgain.Error);
        Assert.Contains("officer1, officer2", show.Console);
        Assert.Matches(@"status\s*│\s*closed", show.Console);
        Assert.Matches(@"closed\s*│\s*2026-11-02 09:30 by dpo1", show.Console);
    }

    [Fact]
    public async Task Register_EditedOutsideVigil_IsRefused()
    {
        await Operations.AddUsersAsync(_cli, Store);
        await Operations.CreateAsync(_cli, Store);
        await using (var connection = new SqliteConnection($"Data Source={VigilWebOptions.SecurityPathFor(Store)};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var edit = connection.CreateCommand();
            edit.CommandText = "DROP TRIGGER operation_events_no_update; UPDATE operation_events SET body = replace(body, '2026-12-01', '2036-12-01')";
            await edit.ExecuteNonQueryAsync(Ct);
        }

        var list = await _cli.RunAsync("operation", "list", "--store", Store);

        Assert.Equal(1, list.ExitCode);
        Assert.Contains("altered outside Vigil", list.Error);
    }
}
