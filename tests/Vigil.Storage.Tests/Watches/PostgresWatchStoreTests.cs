using Vigil.Storage.Postgres;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Watches;

/// <summary>The watch contract on a real PostgreSQL database.</summary>
public sealed class PostgresWatchStoreTests(PostgresDatabase database) : WatchStoreContract, IClassFixture<PostgresDatabase>
{
    protected override async Task<IPostStore> OpenFreshAsync()
    {
        var store = await PostgresPostStore.OpenAsync(database.ConnectionString, cancellationToken: Ct);
        await database.TruncateAsync();
        return store;
    }

    protected override ValueTask DestroyAsync(IPostStore store) => store.DisposeAsync();
}
