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
/// clear records, each sealed with AES-256-GCM under a key derived for that operation alone
/// (HKDF-SHA256 of the installation's operations key, <c>operations.key</c>, with the operation id).
/// Only the post identity (as the main store holds it), category and collection time are in clear
/// columns. See docs/data-protection.md, "Operational mode", for why.
/// </summary>
/// <remarks>Thread-safe: each call opens its own connection; writes are one transaction per batch.</remarks>
public sealed class OperationVaults
{
    /// <summary>Length of the installation's operations key.</summary>
    public const int KeyLength = 32;

    private readonly byte[] _masterKey;

    /// <param name="folder">Where the vault files live (see <see cref="FolderFor"/>).</param>
    /// <param name="masterKey">The installation's operations key, <see cref="KeyLength"/> bytes; copied, never logged.</param>
    public OperationVaults(string folder, ReadOnlySpan<byte> masterKey)
    {
        if (masterKey.Length != KeyLength)
        {
            throw new ArgumentException($"The operations key has exactly {KeyLength} bytes.", nameof(masterKey));
        }

        Folder = Path.GetFullPath(folder);
        _masterKey = masterKey.ToArray();
    }

    public string Folder { get; }

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

        await using var connection = await OpenAsync(operation, readOnly: true, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sealed FROM clear_posts WHERE platform = $p AND native_id = $n";
        command.Parameters.AddWithValue("$p", key.Platform);
        command.Parameters.AddWithValue("$n", key.NativeId);
        return await command.ExecuteScalarAsync(cancellationToken) is byte[] sealedRecord ? Open(operation, key, sealedRecord) : null;
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
                """;
            await schema.ExecuteNonQueryAsync(cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return connection;
    }

    private byte[] KeyOf(Operation operation) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _masterKey, 32, salt: [], info: Encoding.UTF8.GetBytes("vigil/operation-vault/v1/" + operation.Id));

    // The associated data binds a sealed record to its operation and post: moving it elsewhere fails to open.
    private static byte[] Bound(Operation operation, PostKey key) => Encoding.UTF8.GetBytes($"{operation.Id}\u001f{key.Platform}\u001f{key.NativeId}");

    private byte[] Seal(Operation operation, ClearRecord record)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(record);
        var output = new byte[12 + plain.Length + 16];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        using var aes = new AesGcm(KeyOf(operation), 16);
        aes.Encrypt(output.AsSpan(0, 12), plain, output.AsSpan(12, plain.Length), output.AsSpan(12 + plain.Length), Bound(operation, record.Key));
        CryptographicOperations.ZeroMemory(plain);
        return output;
    }

    private ClearRecord Open(Operation operation, PostKey key, byte[] sealedRecord)
    {
        var plain = new byte[sealedRecord.Length - 28];
        using var aes = new AesGcm(KeyOf(operation), 16);
        aes.Decrypt(sealedRecord.AsSpan(0, 12), sealedRecord.AsSpan(12, plain.Length), sealedRecord.AsSpan(12 + plain.Length), plain, Bound(operation, key));
        return JsonSerializer.Deserialize<ClearRecord>(plain)!;
    }

    private sealed class Sink(OperationVaults vaults, Operation operation) : IClearRecordSink
    {
        public async ValueTask WriteAsync(IReadOnlyList<ClearRecord> batch, CancellationToken cancellationToken)
        {
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
                insert.Parameters.AddWithValue("$s", vaults.Seal(operation, record));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }
}
