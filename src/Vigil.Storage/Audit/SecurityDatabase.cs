using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Audit;

/// <summary>
/// The security database next to a store (<c>vigil.security.db</c>): accounts, API tokens, analyst
/// decisions and the access log. Each component creates its own tables idempotently through
/// <see cref="OpenAsync"/> and keeps only the connection string. Connections are pooled: every page
/// checks a token and appends to the log, and a fresh connection re-reads the whole schema.
/// </summary>
public static class SecurityDatabase
{
    /// <summary>Creates the folder if needed, runs <paramref name="schemaSql"/> (idempotent DDL) in WAL mode, and returns the connection string.</summary>
    public static async Task<string> OpenAsync(string path, string schemaSql, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;\n" + schemaSql;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connectionString;
    }
}
