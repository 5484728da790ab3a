using Vigil.Storage.Sqlite;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Sqlite;

/// <summary>The store contract on a real SQLite file in a temp folder.</summary>
public sealed class SqlitePostStoreContractTests : PostStoreContract
{
    private string? _dir;

    protected override async Task<IPostStore> OpenFreshAsync()
    {
        _dir = TestPaths.TempDir("vigil-store");
        return await SqlitePostStore.OpenAsync(Path.Combine(_dir, "vigil.db"), cancellationToken: Ct);
    }

    protected override async ValueTask DestroyAsync(IPostStore store)
    {
        await store.DisposeAsync();
        Directory.Delete(_dir!, recursive: true);
    }
}
