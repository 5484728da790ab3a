using System.Text;
using Vigil.Core.Analysis;
using Vigil.Storage.Retention;
using Vigil.Storage.Sqlite;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Sqlite;

/// <summary>A purge must leave no readable trace of what it deleted in the database files themselves.</summary>
public sealed class SqlitePurgeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Purge_DeletedPosts_LeaveNoBytesInTheDatabaseFiles()
    {
        var dir = TestPaths.TempDir("vigil-purge");
        var path = Path.Combine(dir, "vigil.db");
        const string expiredWord = "quokkaexpiredmarker";
        const string keptWord = "wombatkeptmarker";
        var old = Some.Instant.AddDays(-200);
        await using (var store = await SqlitePostStore.OpenAsync(path, cancellationToken: Ct))
        {
            // Enough posts to fill many pages, so the expired ones are not simply the only rows.
            var posts = Enumerable.Range(0, 400).Select(i => i % 2 == 0
                ? Posts.Stored($"{expiredWord}{i} old request text {new string('x', 200)}", $"old{i}", category: Category.MigrantRequest) with { CollectedAt = old, Author = $"ps_expired{i:0000}" }
                : Posts.Stored($"{keptWord}{i} recent offer text", $"new{i}")).ToList();
            await store.WriteAsync(posts, Ct);
            Assert.Contains(expiredWord, AllBytes(dir)); // the check below can fail: the word was on disk

            var report = await store.PurgeAsync(RetentionPolicy.Default.CutoffsAt(Some.Instant), dryRun: false, Ct);

            Assert.Equal(200, report.PostsDeletedByCategory["migrant_request"]);
            Assert.Empty(await store.SearchAsync($"{expiredWord}0", 10, null, Ct));
            Assert.Single(await store.SearchAsync($"{keptWord}1", 10, null, Ct));
        }

        var bytes = AllBytes(dir);
        Assert.DoesNotContain(expiredWord, bytes);
        Assert.DoesNotContain("ps_expired", bytes);
        Assert.Contains(keptWord, bytes);
        Directory.Delete(dir, recursive: true);
    }

    /// <summary>Every file of the store (database, -wal, -shm) read as Latin-1, so any byte sequence survives as text.</summary>
    private static string AllBytes(string dir) =>
        string.Concat(Directory.GetFiles(dir).Select(f => Encoding.Latin1.GetString(File.ReadAllBytes(f))));
}
