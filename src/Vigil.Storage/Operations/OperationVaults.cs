using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Core.Operations;
using Vigil.Core.Posts;

namespace Vigil.Storage.Operations;

/// <summary>
/// The protected storage of operations: one SQLite file per operation
/// (<c>&lt;store&gt;.operations/&lt;operation id&gt;.vault</c>, folder 0700, files 0600) holding its posts'
/// clear records, each sealed with AES-256-GCM under the operation's own random data key. The data key
/// is kept only wrapped (AES-256-GCM under a key derived from the installation's operations key,
/// <c>operations.key</c>) in the <see cref="OperationKeyring"/>, apart from the vault: destroying it there
/// makes the vault and every copy of it unreadable. Vaults written before data keys existed (sealed under
/// an HKDF-SHA256 key derived from the operations key and the operation id) are re-sealed under a new
/// data key the first time they are used. Only the post identity (as the main store holds it), category
/// and collection time are in clear columns. See docs/data-protection.md, "Operational mode", for why.
/// </summary>
/// <remarks>Thread-safe: each call opens its own connection; writes are one transaction per batch.</remarks>
public sealed class OperationVaults
{
    /// <summary>Length of the installation's operations key.</summary>
    public const int KeyLength = 32;

    private readonly byte[] _masterKey;
    private readonly TimeProvider _clock;

    /// <param name="folder">Where the vault files live (see <see cref="FolderFor"/>).</param>
    /// <param name="masterKey">The installation's operations key, <see cref="KeyLength"/> bytes; copied, never logged.</param>
    /// <param name="clock">When data keys are made (default: the system clock).</param>
    public OperationVaults(string folder, ReadOnlySpan<byte> masterKey, TimeProvider? clock = null)
    {
        if (masterKey.Length != KeyLength)
        {
            throw new ArgumentException($"The operations key has exactly {KeyLength} bytes.", nameof(masterKey));
        }

        Folder = Path.GetFullPath(folder);
        _masterKey = masterKey.ToArray();
        _clock = clock ?? TimeProvider.System;
        Keyring = new OperationKeyring(Folder);
    }

    public string Folder { get; }

    /// <summary>The wrapped data keys of the operations (crypto-shredding: destroy an operation's key there).</summary>
    public OperationKeyring Keyring { get; }

    /// <summary>The vault folder of a store: <c>vigil.db</c> → <c>vigil.operations/</c> next to it.</summary>
    public static string FolderFor(string storePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath)) ?? ".", Path.GetFileNameWithoutExtension(storePath) + ".operations");

    /// <summary>The vault file of <paramref name="operation"/>.</summary>
    public string PathOf(Operation operation) => Path.Combine(Folder, operation.Id + ".vault");

    /// <summary>A sink writing clear records into the operation's vault, creating it if needed.</summary>
    public IClearRecordSink SinkFor(Operation operation) => new Sink(this, operation);

    /// <summary>The clear record of a post kept by the operation, or null when the vault does not hold it.</summary>
    /// <exception cref="CryptographicException">The record was altered, or the key is not the one it was sealed with.</exception>
    public async Task<ClearRecord?> FindAsync(Operation operation, PostKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!File.Exists(PathOf(operation)))
        {
            return null;
        }

        await UpgradeAsync(operation, cancellationToken);
        var dataKey = await DataKeyAsync(operation, create: false, cancellationToken)
            ?? throw new CryptographicException($"Operation {operation.Id} has a vault but no data key.");
        await using var connection = await OpenAsync(operation, readOnly: true, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sealed FROM clear_posts WHERE platform = $p AND native_id = $n";
        command.Parameters.AddWithValue("$p", key.Platform);
        command.Parameters.AddWithValue("$n", key.NativeId);
        return await command.ExecuteScalarAsync(cancellationToken) is byte[] sealedRecord
            ? JsonSerializer.Deserialize<ClearRecord>(Open(dataKey, Bound(operation, key), sealedRecord))!
            : null;
    }

    /// <summary>Number of clear records the operation's vault holds (0 when it has none).</summary>
    public async Task<long> CountAsync(Operation operation, CancellationToken cancellationToken)
    {
        if (!File.Exists(PathOf(operation)))
        {
            return 0;
        }

        await using var connection = await OpenAsync(operation, readOnly: true, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM clear_posts";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Deletes the operation's vault files; returns how many clear records they held.</summary>
    public async Task<long> EraseAsync(Operation operation, CancellationToken cancellationToken)
    {
        var count = await CountAsync(operation, cancellationToken);
        SqliteConnection.ClearAllPools();
        var path = PathOf(operation);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        return count;
    }

    private async Task<SqliteConnection> OpenAsync(Operation operation, bool readOnly, CancellationToken cancellationToken)
    {
        var path = PathOf(operation);
        if (!readOnly)
        {
            var folder = Directory.CreateDirectory(Folder);
            if (!OperatingSystem.IsWindows())
            {
                folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            }
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        if (!readOnly)
        {
            await using var schema = connection.CreateCommand();
            schema.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS clear_posts (
                  platform TEXT NOT NULL,
                  native_id TEXT NOT NULL,
                  category TEXT NOT NULL,
                  collected_at INTEGER NOT NULL,
                  sealed BLOB NOT NULL,          -- nonce (12) ‖ AES-256-GCM ciphertext ‖ tag (16)
                  PRIMARY KEY (platform, native_id));
                CREATE TABLE IF NOT EXISTS vault_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO vault_meta (name, value) VALUES ('format', '2') ON CONFLICT DO NOTHING;
                """;
            await schema.ExecuteNonQueryAsync(cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return connection;
    }

    /// <summary>
    /// Re-seals a vault written before data keys existed (no <c>vault_meta</c>; records sealed under the
    /// HKDF-derived key) under the operation's data key, in one transaction, then rebuilds the file so the
    /// old ciphertexts leave it. Copies of the vault made before the upgrade stay readable with
    /// <c>operations.key</c>. Does nothing for a current vault or when there is none.
    /// </summary>
    public async Task UpgradeAsync(Operation operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!File.Exists(PathOf(operation)))
        {
            return;
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = PathOf(operation), Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 }.ToString());
        await connection.OpenAsync(cancellationToken);
        async Task<object?> ScalarAsync(string sql, SqliteTransaction? transaction = null)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return await command.ExecuteScalarAsync(cancellationToken);
        }

        const string IsCurrent = "SELECT count(*) FROM sqlite_master WHERE name = 'vault_meta'";
        if ((long)(await ScalarAsync(IsCurrent))! == 1)
        {
            return;
        }

        await ScalarAsync("PRAGMA secure_delete = ON");
        await using (var transaction = connection.BeginTransaction(deferred: false))
        {
            if ((long)(await ScalarAsync(IsCurrent, transaction))! == 0)
            {
                var dataKey = (await DataKeyAsync(operation, create: true, cancellationToken))!;
                var legacyKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, _masterKey, 32, salt: [], info: Encoding.UTF8.GetBytes("vigil/operation-vault/v1/" + operation.Id));
                var rows = new List<(string Platform, string NativeId, byte[] Sealed)>();
                await using (var select = connection.CreateCommand())
                {
                    select.Transaction = transaction;
                    select.CommandText = "SELECT platform, native_id, sealed FROM clear_posts";
                    await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        rows.Add((reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2)));
                    }
                }

                await using var update = connection.CreateCommand();
                update.Transaction = transaction;
                update.CommandText = "UPDATE clear_posts SET sealed = $s WHERE platform = $p AND native_id = $n";
                foreach (var (platform, nativeId, sealedRecord) in rows)
                {
                    var bound = Bound(operation, new PostKey(platform, nativeId));
                    var plain = Open(legacyKey, bound, sealedRecord);
                    update.Parameters.Clear();
                    update.Parameters.AddWithValue("$s", Seal(dataKey, bound, plain));
                    update.Parameters.AddWithValue("$p", platform);
                    update.Parameters.AddWithValue("$n", nativeId);
                    await update.ExecuteNonQueryAsync(cancellationToken);
                    CryptographicOperations.ZeroMemory(plain);
                }

                await ScalarAsync("CREATE TABLE vault_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO vault_meta VALUES ('format', '2')", transaction);
                await transaction.CommitAsync(cancellationToken);
                CryptographicOperations.ZeroMemory(legacyKey);
            }
        }

        await ScalarAsync("VACUUM");
        await ScalarAsync("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    /// <summary>The operation's data key (unwrapped), made and stored wrapped when <paramref name="create"/> and it has none; null when it has none.</summary>
    /// <exception cref="OperationKeyDestroyedException">The key was destroyed.</exception>
    private async Task<byte[]?> DataKeyAsync(Operation operation, bool create, CancellationToken cancellationToken)
    {
        var wrapped = await Keyring.WrappedKeyAsync(operation.Id, cancellationToken);
        if (wrapped is null && create)
        {
            var fresh = RandomNumberGenerator.GetBytes(32);
            wrapped = await Keyring.AddAsync(operation.Id, Seal(WrappingKey(), Encoding.UTF8.GetBytes(operation.Id), fresh), _clock.GetUtcNow(), cancellationToken);
            CryptographicOperations.ZeroMemory(fresh);
        }

        return wrapped is null ? null : Open(WrappingKey(), Encoding.UTF8.GetBytes(operation.Id), wrapped);
    }

    private byte[] WrappingKey() =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _masterKey, 32, salt: [], info: "vigil/operation-key-wrap/v2"u8.ToArray());

    // The associated data binds a sealed record to its operation and post: moving it elsewhere fails to open.
    private static byte[] Bound(Operation operation, PostKey key) => Encoding.UTF8.GetBytes($"{operation.Id}\u001f{key.Platform}\u001f{key.NativeId}");

    private static byte[] Seal(byte[] key, byte[] associated, ReadOnlySpan<byte> plain)
    {
        var output = new byte[12 + plain.Length + 16];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(output.AsSpan(0, 12), plain, output.AsSpan(12, plain.Length), output.AsSpan(12 + plain.Length), associated);
        return output;
    }

    private static byte[] Open(byte[] key, byte[] associated, byte[] sealedBytes)
    {
        var plain = new byte[sealedBytes.Length - 28];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(12, plain.Length), sealedBytes.AsSpan(12 + plain.Length), plain, associated);
        return plain;
    }

    private sealed class Sink(OperationVaults vaults, Operation operation) : IClearRecordSink
    {
        public async ValueTask WriteAsync(IReadOnlyList<ClearRecord> batch, CancellationToken cancellationToken)
        {
            await vaults.UpgradeAsync(operation, cancellationToken);
            var dataKey = (await vaults.DataKeyAsync(operation, create: true, cancellationToken))!;
            await using var connection = await vaults.OpenAsync(operation, readOnly: false, cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO clear_posts (platform, native_id, category, collected_at, sealed) VALUES ($p, $n, $c, $t, $s) ON CONFLICT DO NOTHING";
            foreach (var record in batch)
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$p", record.Key.Platform);
                insert.Parameters.AddWithValue("$n", record.Key.NativeId);
                insert.Parameters.AddWithValue("$c", Core.Analysis.Categories.ToWire(record.Category));
                insert.Parameters.AddWithValue("$t", record.CollectedAt.ToUnixTimeMilliseconds());
                var plain = JsonSerializer.SerializeToUtf8Bytes(record);
                insert.Parameters.AddWithValue("$s", Seal(dataKey, Bound(operation, record.Key), plain));
                CryptographicOperations.ZeroMemory(plain);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }
}
