using Microsoft.Data.Sqlite;
using Vigil.Storage.Sqlite;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Sqlite;

/// <summary>The store contract on a real SQLite file in a temp folder.</summary>
public sealed class SqlitePostStoreContractTests : PostStoreContract
{
    private string? _dir;

    private string File => Path.Combine(_dir!, "vigil.db");

    protected override async Task<IPostStore> OpenFreshAsync()
    {
        _dir = TestPaths.TempDir("vigil-store");
        return await SqlitePostStore.OpenAsync(File, cancellationToken: Ct);
    }

    protected override async ValueTask DestroyAsync(IPostStore store)
    {
        await store.DisposeAsync();
        Directory.Delete(_dir!, recursive: true);
    }

    protected override Task UndoSummaryMigrationAsync() => ExecuteAsync("""
            DROP TRIGGER posts_summaries_delete; DROP TRIGGER posts_summaries_category; DROP TRIGGER posts_links_delete;
            DROP TABLE post_facts; DROP TABLE post_prices; DROP TABLE post_links; DROP TABLE trend_counts; DROP TABLE route_weeks;
            DROP TABLE route_prices; DROP TABLE route_price_adverts; DROP TABLE summary_state; DROP TABLE pseudonym_key;
            DELETE FROM schema_version WHERE version >= 6;
            """);

    protected override Task UndoLinksMigrationAsync() => ExecuteAsync("""
            DROP TRIGGER posts_links_delete; DROP TRIGGER post_facts_changes_insert; DROP TRIGGER post_facts_changes_delete;
            DROP TRIGGER post_facts_changes_category; DROP TABLE post_links; DROP TABLE pseudonym_key;
            DELETE FROM summary_state WHERE name IN ('changes', 'links_below', 'links_done');
            DELETE FROM schema_version WHERE version >= 7;
            """);

    /// <summary>Runs SQL on the store file through a connection of its own, as another tool would.</summary>
    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={File};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    protected override async Task<IPostStore> OpenAnotherAsync() => await SqlitePostStore.OpenAsync(File, cancellationToken: Ct);

    protected override async Task<IPostStore> ReopenAsync(IPostStore store)
    {
        await store.DisposeAsync();
        return await SqlitePostStore.OpenAsync(File, cancellationToken: Ct);
    }
}
