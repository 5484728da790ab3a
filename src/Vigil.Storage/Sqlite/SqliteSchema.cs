using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Storage.Migrations;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// Brings an SQLite store to the newest schema: reads <c>schema_version</c>, refuses a newer store and a
/// database that is not a Vigil store, and applies each missing migration in its own transaction.
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } = MigrationSet.Load("sqlite");

    public static int Latest => Migrations[^1].Version;

    /// <returns>The schema version after migrating.</returns>
    public static int Migrate(SqliteConnection connection, string path, bool readOnly, TimeProvider clock) =>
        Migrate(connection, path, readOnly, clock, Migrations);

    /// <summary>Migrates with an explicit list of steps (tests use this to play an older and a newer Vigil).</summary>
    public static int Migrate(SqliteConnection connection, string path, bool readOnly, TimeProvider clock, IReadOnlyList<Migration> migrations)
    {
        var latest = migrations[^1].Version;
        var current = CurrentVersion(connection, path);
        if (current > latest)
        {
            throw new StoreException(new StoreError(StoreErrorKind.NewerSchema, path,
                $"The store '{path}' has schema version {current}, written by a newer Vigil; this Vigil knows versions up to {latest}. Upgrade Vigil to use this store, or choose another store with --store."));
        }

        if (current == latest)
        {
            return current;
        }

        if (readOnly)
        {
            throw new StoreException(new StoreError(StoreErrorKind.ReadOnly, path,
                $"The store '{path}' needs upgrading from schema version {current} to {latest}, but it was opened read-only. Open it once for writing (e.g. run 'vigil watch list --store {path}', or start 'vigil serve' on it) to upgrade it."));
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction(deferred: false);

            // Another process may have migrated while we waited for the write lock.
            if (CurrentVersion(connection, path) >= migration.Version)
            {
                continue;
            }

            using (var step = connection.CreateCommand())
            {
                step.Transaction = transaction;
                step.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
                step.ExecuteNonQuery();
            }

            using (var step = connection.CreateCommand())
            {
                step.Transaction = transaction;
                step.CommandText = migration.Sql;
                step.ExecuteNonQuery();
            }

            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $at)";
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$n", migration.Name);
                record.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return latest;
    }

    private static int CurrentVersion(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            command.CommandText = "SELECT count(*) FROM sqlite_schema WHERE type = 'table'";
            if ((long)command.ExecuteScalar()! > 0)
            {
                throw new StoreException(new StoreError(StoreErrorKind.NotADatabase, path,
                    $"'{path}' is an SQLite database of another program, not a Vigil store. Pass --store with a new file name to create a Vigil store."));
            }

            return 0;
        }

        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return (int)(long)command.ExecuteScalar()!;
    }
}
