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

    [Fact]
    public async Task ConcurrentAppends_FromTwoInstances_AreAllWrittenOnceInOneIntactChain()
    {
        // Two instances on one file stand for the web app and a CLI command (or the operation register):
        // their batches interleave, and each batch reads the chain's head inside its own transaction.
        var path = System.IO.Path.Combine(TestPaths.TempDir(), "vigil.security.db");
        var first = await AccessLog.OpenAsync(path, TimeProvider.System, CancellationToken.None);
        var second = await AccessLog.OpenAsync(path, TimeProvider.System, CancellationToken.None);
        var appends = Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
        {
            var entry = await (i % 2 == 0 ? first : second).AppendAsync($"user{i % 7}", "search", $"q={i}", null, CancellationToken.None);

            // Committed before AppendAsync returns: another connection already reads it as returned.
            Assert.Equal(entry, await second.EntryAsync(entry.Sequence, CancellationToken.None));
            return entry;
        })).ToList();
        var entries = await Task.WhenAll(appends);

        Assert.Equal(Enumerable.Range(1, 400).Select(i => (long)i), entries.Select(e => e.Sequence).Order());
        Assert.Equal(Enumerable.Range(0, 400).Select(i => $"q={i}").Order(), entries.Select(e => e.Target).Order());
        var verification = await first.VerifyAsync(CancellationToken.None);
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(400, verification.Entries);
    }

    [Fact]
    public async Task SequentialAppends_KeepTheCallersOrder()
    {
        var (log, _) = await LogWithEntriesAsync(6);
        var entries = (await log.RecentAsync(10, CancellationToken.None)).Reverse().ToList();
        Assert.Equal(["telegram:1", "telegram:2", "telegram:3", "telegram:4", "telegram:5", "telegram:6"], entries.Select(e => e.Target));
        Assert.Equal([null, "case 42", null, "case 42", null, "case 42"], entries.Select(e => e.Reason));
    }

    [Fact]
    public async Task Append_WhenTheLogCannotBeWritten_FailsTheCaller()
    {
        var (log, path) = await LogWithEntriesAsync(1);
        // The table is gone (a broken or foreign file): the caller gets the error, not a silent drop.
        Exec(path, "DROP TABLE access_log");
        await Assert.ThrowsAsync<SqliteException>(() => log.AppendAsync("analyst", "search", "q=x", null, CancellationToken.None));
    }
}
