using Npgsql;
using Vigil.Storage.Postgres;
using Vigil.Testing;

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

    protected override Task UndoSummaryMigrationAsync() => ExecuteAsync("""
        DROP FUNCTION vigil_posts_changed, vigil_post_facts_changed, vigil_summaries_apply CASCADE;
        DROP SEQUENCE vigil_summary_changes;
        DROP FUNCTION vigil_summary_changed, vigil_posts_links_deleted CASCADE;
        DROP TABLE post_facts, post_prices, post_links, trend_counts, route_weeks, route_prices, route_price_adverts, summary_state, pseudonym_key, labels CASCADE;
        DELETE FROM schema_version WHERE version >= 5;
        """);

    protected override Task UndoLinksMigrationAsync() => ExecuteAsync("""
        DROP FUNCTION vigil_summary_changed, vigil_posts_links_deleted CASCADE;
        DROP SEQUENCE vigil_summary_changes;
        DROP TABLE post_links, pseudonym_key, labels;
        DELETE FROM summary_state WHERE name IN ('links_below', 'links_done');
        DELETE FROM schema_version WHERE version >= 6;
        """);

    protected override async Task<IPostStore> OpenAnotherAsync() => await PostgresPostStore.OpenAsync(database.ConnectionString, cancellationToken: Ct);

    protected override async Task<IPostStore> ReopenAsync(IPostStore store)
    {
        await store.DisposeAsync();
        return await PostgresPostStore.OpenAsync(database.ConnectionString, cancellationToken: Ct);
    }

    private async Task<int> ExecuteAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await command.ExecuteNonQueryAsync(Ct);
    }
}
