using Vigil.Storage.Sqlite;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

/// <summary>A fresh SQLite store file in its own temp folder, deleted afterwards.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private TempStore(string dir, SqlitePostStore store)
    {
        Dir = dir;
        Store = store;
    }

    public string Dir { get; }
    public SqlitePostStore Store { get; }
    public string Path => Store.Path;

    public static async Task<TempStore> CreateAsync()
    {
        var dir = TestPaths.TempDir("vigil-store");
        var store = await SqlitePostStore.OpenAsync(System.IO.Path.Combine(dir, "vigil.db"), cancellationToken: TestContext.Current.CancellationToken);
        return new TempStore(dir, store);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
