using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Operations;

/// <summary>An operation's data key was destroyed: its vault, and every copy of it, can no longer be opened.</summary>
public sealed class OperationKeyDestroyedException(string operationId)
    : CryptographicException($"The data key of operation {operationId} was destroyed; its vault can no longer be opened.");

/// <summary>
/// The wrapped data keys of the operations' vaults: one random key per operation, sealed with AES-256-GCM
/// under a key derived from the installation's operations key (<see cref="OperationVaults"/> wraps and
/// unwraps; this class only keeps the wrapped bytes). It lives apart from the vault files
/// (<c>keyring.db</c> in the vault folder) so that destroying an operation's entry makes its vault — and
/// any backup of the vault file — unreadable (crypto-shredding). A destroyed entry keeps a tombstone
/// (when, by whom, why; no key), so no key can be made again for that operation.
/// </summary>
/// <remarks>
/// Rollback journal (not WAL) and <c>secure_delete</c>, then VACUUM after a destruction, so the wrapped
/// key's bytes leave the file. Thread-safe: each call opens its own connection.
/// </remarks>
public sealed class OperationKeyring(string folder)
{
    /// <summary>The key ring file.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetFullPath(folder), "keyring.db");

    /// <summary>The operation's wrapped data key, or null when it has none yet.</summary>
    /// <exception cref="OperationKeyDestroyedException">The key was destroyed.</exception>
    public async Task<byte[]?> WrappedKeyAsync(string operationId, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        await using var connection = await OpenAsync(cancellationToken);
        return await ReadAsync(connection, operationId, cancellationToken);
    }

    /// <summary>Stores <paramref name="wrapped"/> as the operation's key unless it has one already; returns the key it has.</summary>
    /// <exception cref="OperationKeyDestroyedException">The key was destroyed.</exception>
    public async Task<byte[]> AddAsync(string operationId, byte[] wrapped, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO vault_keys (operation_id, wrapped, created_at) VALUES ($id, $w, $at) ON CONFLICT DO NOTHING";
            insert.Parameters.AddWithValue("$id", operationId);
            insert.Parameters.AddWithValue("$w", wrapped);
            insert.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return (await ReadAsync(connection, operationId, cancellationToken))!;
    }

    /// <summary>True when the operation still has a key that can be destroyed.</summary>
    public async Task<bool> HasKeyAsync(string operationId, CancellationToken cancellationToken)
    {
        try
        {
            return await WrappedKeyAsync(operationId, cancellationToken) is not null;
        }
        catch (OperationKeyDestroyedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Destroys the operation's data key: the wrapped bytes are overwritten and the file rebuilt, leaving a
    /// tombstone with <paramref name="at"/>, <paramref name="by"/> and <paramref name="reason"/>.
    /// Returns true when there was a key to destroy (false when it had none or was already destroyed).
    /// </summary>
    public async Task<bool> DestroyAsync(string operationId, DateTimeOffset at, string by, string reason, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(System.IO.Path.GetDirectoryName(Path)))
        {
            return false; // no vault was ever written: there is no key
        }

        await using var connection = await OpenAsync(cancellationToken);
        async Task<int> ExecuteAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$id", operationId);
            command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$by", by);
            command.Parameters.AddWithValue("$reason", reason);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var destroyed = await ExecuteAsync(
            "UPDATE vault_keys SET wrapped = NULL, destroyed_at = $at, destroyed_by = $by, reason = $reason WHERE operation_id = $id AND wrapped IS NOT NULL") == 1;
        if (destroyed)
        {
            await ExecuteAsync("VACUUM"); // secure_delete zeroed the cell; VACUUM also rebuilds every page
        }
        else
        {
            // No key existed: a tombstone still bars a key from being made for this operation later.
            await ExecuteAsync("INSERT INTO vault_keys (operation_id, wrapped, created_at, destroyed_at, destroyed_by, reason) VALUES ($id, NULL, $at, $at, $by, $reason) ON CONFLICT DO NOTHING");
        }

        return destroyed;
    }

    private static async Task<byte[]?> ReadAsync(SqliteConnection connection, string operationId, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT wrapped, destroyed_at FROM vault_keys WHERE operation_id = $id";
        select.Parameters.AddWithValue("$id", operationId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return reader.IsDBNull(0) || !reader.IsDBNull(1) ? throw new OperationKeyDestroyedException(operationId) : (byte[])reader.GetValue(0);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        if (!OperatingSystem.IsWindows())
        {
            folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var schema = connection.CreateCommand();
        schema.CommandText = """
            PRAGMA journal_mode = DELETE;
            PRAGMA secure_delete = ON;
            CREATE TABLE IF NOT EXISTS vault_keys (
              operation_id TEXT PRIMARY KEY,
              wrapped BLOB,                  -- nonce (12) ‖ AES-256-GCM(wrapping key, data key) ‖ tag (16); NULL once destroyed
              created_at INTEGER NOT NULL,
              destroyed_at INTEGER,
              destroyed_by TEXT,
              reason TEXT);
            """;
        await schema.ExecuteNonQueryAsync(cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return connection;
    }
}
