using Microsoft.Data.Sqlite;
using Vigil.Storage.Audit;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Audit;

public sealed class AccessLogTests
{
    private static async Task<(AccessLog Log, string Path)> LogWithEntriesAsync(int entries)
    {
        var path = System.IO.Path.Combine(TestPaths.TempDir(), "vigil.security.db");
        var clock = Clocks.At();
        var log = await AccessLog.OpenAsync(path, clock, CancellationToken.None);
        for (var i = 1; i <= entries; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await log.AppendAsync("analyst", "view-post", $"telegram:{i}", i % 2 == 0 ? "case 42" : null, CancellationToken.None);
        }

        return (log, path);
    }

    private static void Exec(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Verify_UntouchedLog_IsIntact()
    {
        var (log, _) = await LogWithEntriesAsync(5);
        var result = await log.VerifyAsync(CancellationToken.None);
        Assert.True(result.Intact);
        Assert.Equal(5, result.Entries);
        Assert.Equal((await log.RecentAsync(1, CancellationToken.None))[0].Hash, result.HeadHash);
    }

    [Fact]
    public async Task UpdateAndDelete_AreRefusedByTheDatabase()
    {
        var (_, path) = await LogWithEntriesAsync(2);
        Assert.Throws<SqliteException>(() => Exec(path, "UPDATE access_log SET user = 'nobody' WHERE seq = 1"));
        Assert.Throws<SqliteException>(() => Exec(path, "DELETE FROM access_log WHERE seq = 1"));
    }

    [Fact]
    public async Task Verify_EditedEntry_IsNamed()
    {
        var (log, path) = await LogWithEntriesAsync(5);
        // Someone drops the guard trigger and edits an entry with another tool.
        Exec(path, "DROP TRIGGER access_log_no_update; UPDATE access_log SET target = 'telegram:999' WHERE seq = 3");
        var result = await log.VerifyAsync(CancellationToken.None);
        Assert.False(result.Intact);
        Assert.Equal(3, result.FirstBadSequence);
        Assert.Contains("altered", result.Problem);
    }

    [Fact]
    public async Task Verify_DeletedEntry_IsNamed()
    {
        var (log, path) = await LogWithEntriesAsync(5);
        Exec(path, "DROP TRIGGER access_log_no_delete; DELETE FROM access_log WHERE seq = 2");
        var result = await log.VerifyAsync(CancellationToken.None);
        Assert.False(result.Intact);
        Assert.Equal(2, result.FirstBadSequence);
        Assert.Contains("missing", result.Problem);
    }

    [Fact]
    public async Task Verify_RechainedForgery_IsCaughtAtTheForgedEntry()
    {
        var (log, path) = await LogWithEntriesAsync(4);
        // A forger rewrites entry 2 and recomputes nothing: the next entry no longer follows it.
        Exec(path, "DROP TRIGGER access_log_no_update; UPDATE access_log SET hash = 'ab' || substr(hash, 3) WHERE seq = 2");
        var result = await log.VerifyAsync(CancellationToken.None);
        Assert.False(result.Intact);
        Assert.Equal(2, result.FirstBadSequence);
    }
}
