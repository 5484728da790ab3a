using Npgsql;
using Vigil.Cli.Commands;
using Vigil.Storage.Audit;
using Vigil.Storage.Postgres;
using Vigil.Testing;
using Vigil.Testing.Replay;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Tests.Commands;

/// <summary>The `vigil` commands on a team's PostgreSQL store (a real server, started by ./test.sh), named by a postgresql:// URI.</summary>
public sealed class PostgresStoreCommandTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private readonly CliHarness _cli = new();

    private string Uri()
    {
        var c = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return $"postgresql://{c.Username}@{c.Host}:{c.Port}/{c.Database}";
    }

    [Fact]
    public async Task ImportSearchStatsAndPurge_WorkOnAPostgresStore()
    {
        await database.TruncateAsync();
        var input = _cli.WriteFile("posts.jsonl", Posts.Jsonl);

        var first = await _cli.RunAsync("import", input, "--store", Uri());
        var again = await _cli.RunAsync("import", input, "--store", Uri());
        var stats = await _cli.RunAsync("stats", "--store", Uri());
        var search = await _cli.RunAsync("search", "Lesbos", "--store", Uri());
        var dry = await _cli.RunAsync("purge", "--store", Uri(), "--dry-run");

        Assert.True(first.ExitCode == 0, first.All);
        Assert.Matches(@"posts\.jsonl\s*│\s*5\s*│\s*5\s*│\s*0\s*│\s*0\s*│\s*0", first.Console);
        Assert.Matches(@"posts\.jsonl\s*│\s*5\s*│\s*0\s*│\s*5\s*│\s*0", again.Console);
        Assert.True(stats.ExitCode == 0, stats.All);
        Assert.Contains($"5 posts in {Uri()}", stats.Console);
        Assert.True(search.ExitCode == 0, search.All);
        Assert.Contains("mastodon:5", search.Console);
        Assert.DoesNotContain("telegram:1", search.Console);
        Assert.True(dry.ExitCode == 0, dry.All);
        Assert.Contains("Posts: 5 before", dry.Console);
        Assert.Equal(5L, await CountAsync());
    }

    [Fact]
    public async Task Search_OnAPostgresStore_IsLoggedInTheSideFolderUnderTheHome()
    {
        await database.TruncateAsync();
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", Uri());

        var result = await _cli.RunAsync("search", "Lesbos", "--store", Uri());

        Assert.True(result.ExitCode == 0, result.All);
        var side = Directory.GetDirectories(Path.Combine(_cli.Home, "postgresql")).Single();
        var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(Path.Combine(side, "store")), TimeProvider.System, TestContext.Current.CancellationToken);
        Assert.Contains(await log.RecentAsync(10, TestContext.Current.CancellationToken), e => e.Action == "cli:search" && e.Target == "Lesbos");
        var verify = await _cli.RunAsync("audit", "verify", "--store", Uri());
        Assert.True(verify.ExitCode == 0, verify.All);
    }

    [Fact]
    public async Task Label_OnAPostgresStore_CorrectsTheCategoryWithWhoAndWhen()
    {
        await database.TruncateAsync();
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", Uri());

        var result = await _cli.RunAsync("label", "telegram:1", "humanitarian_or_news", "--by", "alice", "--reason", "a warning", "--store", Uri());
        var unknown = await _cli.RunAsync("label", "telegram:999", "unrelated", "--store", Uri());

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("labelled telegram:1 as humanitarian_or_news", result.Out);
        Assert.Contains("by alice", result.Out);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no post 'telegram:999'", unknown.Error);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var read = new NpgsqlCommand("SELECT p.category, l.labelled_by, l.reason FROM posts p JOIN labels l ON l.post_id = p.id WHERE p.native_id = '1'", connection);
        await using var reader = await read.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("humanitarian_or_news", "alice", "a warning"), (reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        await using var store = await PostgresPostStore.OpenAsync(database.ConnectionString, cancellationToken: TestContext.Current.CancellationToken);
        var training = Assert.Single(await TrainCommand.CorrectionsAsync(store, TestContext.Current.CancellationToken)); // what `vigil train --store` learns from
        Assert.Equal(("telegram:1", Core.Analysis.Category.HumanitarianOrNews), (training.Id, training.Category));
    }

    [Fact]
    public async Task WatchAndCollect_AgainstReplay_StorePostsAndCursorsInPostgres()
    {
        await database.TruncateAsync();
        await using var server = await ReplayServer.StartAsync(TestContext.Current.CancellationToken);
        foreach (var (path, html) in TelegramPreview.Channel("pg_chan", newest: 5, perPage: 3))
        {
            server.On(path, Reply.Html(html));
        }

        _cli.Environment["VIGIL_COLLECT_URL_TELEGRAM"] = server.BaseAddress.ToString();
        _cli.Environment["VIGIL_COLLECT_ALLOW_PRIVATE"] = server.Endpoint;
        Assert.Equal(0, (await _cli.RunAsync("watch", "add", "telegram:pg_chan", "--store", Uri())).ExitCode);

        var first = await _cli.RunAsync("collect", "--store", Uri());
        var second = await _cli.RunAsync("collect", "--store", Uri());

        Assert.True(first.ExitCode == 0, first.All);
        Assert.Matches(@"telegram:pg_chan: \d new, 0 duplicate, 0 failed, \d unrelated counted only \(2 pages\)", first.Console);
        Assert.Contains("telegram:pg_chan: 0 new", second.Console);
        await using var store = await PostgresPostStore.OpenAsync(database.ConnectionString, cancellationToken: TestContext.Current.CancellationToken);
        var minimised = (await store.MinimisedCountsAsync(TestContext.Current.CancellationToken)).Sum(c => c.Posts);
        Assert.Equal(5, await store.CountAsync(TestContext.Current.CancellationToken) + minimised);
        Assert.Equal("5", Assert.Single(await store.ListWatchesAsync(TestContext.Current.CancellationToken)).Cursor);
    }

    [Fact]
    public async Task Stats_ServerNotReachable_SaysSoWithoutThePassword()
    {
        var result = await _cli.RunAsync("stats", "--store", "postgresql://vigil:hunter2@127.0.0.1:1/vigil");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Cannot reach the PostgreSQL server", result.Error);
        Assert.DoesNotContain("hunter2", result.All);
    }

    [Fact]
    public async Task Import_MalformedUri_FailsBeforeReadingAnything()
    {
        var result = await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", "postgresql://db.internal");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("names no database", result.Error);
    }

    private async Task<long> CountAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM posts", connection);
        return (long)(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
