using Npgsql;
using Xunit;

namespace Vigil.Testing;

/// <summary>
/// A throwaway database on the PostgreSQL server that <c>./test.sh</c> starts and names in
/// <c>VIGIL_TEST_POSTGRES</c>. Without the variable the PostgreSQL tests fail and say how to run them:
/// the PostgreSQL store must never go untested by accident.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string Variable = "VIGIL_TEST_POSTGRES";

    private string? _admin;

    /// <summary>Connection string of the fresh database.</summary>
    public string ConnectionString { get; private set; } = "";

    public string DatabaseName { get; } = "vigil_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string AdminConnectionString()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL store cannot be tested. Run the tests with ./test.sh, which starts a throwaway PostgreSQL and sets {Variable}.");
        }

        return admin;
    }

    public async ValueTask InitializeAsync()
    {
        _admin = AdminConnectionString();
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'", connection);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = DatabaseName }.ToString();
    }

    /// <summary>Empties the posts, their summaries and the recorded key fingerprint between tests that share this database.</summary>
    public async Task TruncateAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var truncate = new NpgsqlCommand("DO $$ BEGIN IF to_regclass('posts') IS NOT NULL THEN TRUNCATE posts RESTART IDENTITY CASCADE; END IF; IF to_regclass('minimised_counts') IS NOT NULL THEN TRUNCATE minimised_counts, minimised_seen; END IF; IF to_regclass('post_facts') IS NOT NULL THEN TRUNCATE post_facts, post_prices, post_links, trend_counts, route_weeks, route_prices, route_price_adverts; END IF; IF to_regclass('pseudonym_key') IS NOT NULL THEN TRUNCATE pseudonym_key; END IF; END $$", connection);
        await truncate.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_admin is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
