using Microsoft.Data.Sqlite;
using Vigil.Core.Posts;
using Vigil.Storage.Sqlite;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Sqlite;

/// <summary>
/// What a killed import leaves on disk. A process killed with SIGKILL leaves the database and WAL files
/// as they were at that instant (the OS keeps what was written), so a byte copy of both taken in the
/// middle of a batch is exactly what the next run finds.
/// </summary>
public sealed class SqliteCrashTests : IDisposable
{
    private readonly string _dir = TestPaths.TempDir("vigil-crash");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task SnapshotTakenMidBatch_OpensWithEarlierBatchesOnlyAndReimportGivesTheSameFinalState()
    {
        var path = Path.Combine(_dir, "vigil.db");
        var crashed = Path.Combine(_dir, "crashed", "vigil.db");
        var first = Enumerable.Range(0, 200).Select(i => Posts.Stored($"boat to greece {i}", $"a{i}")).ToList();
        var second = Enumerable.Range(0, 6000).Select(i => Posts.Stored($"trip to italy number {i} " + new string('x', 200), $"b{i}")).ToList();

        await using (var store = await SqlitePostStore.OpenAsync(path, cancellationToken: Ct))
        {
            await store.WriteAsync(first, Ct);

            // The store reads each item once to prepare it and once inside the transaction; the second
            // read of item 4000 happens with 4,000 rows of the batch written but not committed.
            var snapshot = new SnapshotOnSecondRead(second, at: 4000, () => CopyStoreFiles(path, crashed));
            await store.WriteAsync(snapshot, Ct);
            Assert.True(snapshot.Taken);
            Assert.Equal(6200, await store.CountAsync(Ct));
        }

        await using var reopened = await SqlitePostStore.OpenAsync(crashed, cancellationToken: Ct);
        Assert.Equal(200, await reopened.CountAsync(Ct));
        Assert.Equal("ok", IntegrityCheck(crashed));
        Assert.Equal(20, (await reopened.SearchAsync("greece", 20, null, Ct)).Count);
        Assert.Empty(await reopened.SearchAsync("italy", 20, null, Ct));

        // Running the import again after the crash: the same final state as an uninterrupted run.
        var again = await reopened.WriteAsync(first, Ct) + await reopened.WriteAsync(second, Ct);
        Assert.Equal(new Core.Pipeline.WriteCounts(6000, 200), again);
        Assert.Equal(6200, await reopened.CountAsync(Ct));
        Assert.Equal(1000, (await reopened.SearchAsync("italy", 1000, null, Ct)).Count);
    }

    private static void CopyStoreFiles(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
        if (File.Exists(from + "-wal"))
        {
            File.Copy(from + "-wal", to + "-wal");
        }
    }

    private static string IntegrityCheck(string path)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private sealed class SnapshotOnSecondRead(List<StoredPost> items, int at, Action snapshot) : IReadOnlyList<StoredPost>
    {
        private int _reads;

        public bool Taken { get; private set; }

        public int Count => items.Count;

        public StoredPost this[int index]
        {
            get
            {
                if (index == at && Interlocked.Increment(ref _reads) == 2)
                {
                    snapshot();
                    Taken = true;
                }

                return items[index];
            }
        }

        public IEnumerator<StoredPost> GetEnumerator() => items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
