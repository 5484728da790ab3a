using Vigil.Storage.Sqlite;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Watches;

/// <summary>The watch contract on a real SQLite file.</summary>
public sealed class SqliteWatchStoreTests : WatchStoreContract
{
    private string? _dir;

    protected override async Task<IPostStore> OpenFreshAsync()
    {
        _dir = TestPaths.TempDir("vigil-watch");
        return await SqlitePostStore.OpenAsync(Path.Combine(_dir, "vigil.db"), cancellationToken: Ct);
    }

    protected override async ValueTask DestroyAsync(IPostStore store)
    {
        await store.DisposeAsync();
        Directory.Delete(_dir!, recursive: true);
    }
}
