using Vigil.Storage.Postgres;

namespace Vigil.Storage.Tests.Postgres;

/// <summary>The store contract on a real PostgreSQL database (one per test class, emptied before each test).</summary>
public sealed class PostgresPostStoreContractTests(PostgresDatabase database) : PostStoreContract, IClassFixture<PostgresDatabase>
{
    protected override async Task<IPostStore> OpenFreshAsync()
    {
        var store = await PostgresPostStore.OpenAsync(database.ConnectionString, cancellationToken: Ct);
        await database.TruncateAsync();
        return store;
    }

    protected override ValueTask DestroyAsync(IPostStore store) => store.DisposeAsync();
}
