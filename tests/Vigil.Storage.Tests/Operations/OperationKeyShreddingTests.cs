using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Core.Operations;
using Vigil.Core.Posts;
using Vigil.Storage.Operations;
using Vigil.Testing;
using static Vigil.Storage.Tests.Operations.OperationVaultsTests;

namespace Vigil.Storage.Tests.Operations;

/// <summary>
/// Crypto-shredding of operation vaults: each vault's own data key, wrapped by the installation key in
/// the key ring; destroying it leaves every copy of the vault unreadable. Vaults written the old way
/// (HKDF-derived key) are re-sealed on first use.
/// </summary>
public sealed class OperationKeyShreddingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DestroyKey_TheVaultAndABackupOfIt_CanNoLongerBeDecrypted_ByAnyKeyLeft()
    {
        var folder = TestPaths.TempDir("vigil-vault");
        var master = RandomNumberGenerator.GetBytes(32);
        var vaults = new OperationVaults(folder, master, Clocks.At());
        var op = Op("aa11");
        await vaults.SinkFor(op).WriteAsync([Record("1"), Record("2")], Ct);
        var backup = Path.Combine(TestPaths.TempDir("vigil-vault-backup"), op.Id + ".vault");
        await BackupAsync(vaults.PathOf(op), backup);
        var wrapped = (await vaults.Keyring.WrappedKeyAsync(op.Id, Ct))!;
        Assert.NotNull(await vaults.FindAsync(op, new PostKey("telegram", "1"), Ct));

        Assert.True(await vaults.Keyring.DestroyAsync(op.Id, Some.Instant, "dpo1", "operation closed", Ct));

        // The installation, with its operations key, can no longer open the vault…
        await Assert.ThrowsAsync<OperationKeyDestroyedException>(() => new OperationVaults(folder, master).FindAsync(op, new PostKey("telegram", "1"), Ct));
        Assert.False(await vaults.Keyring.HasKeyAsync(op.Id, Ct));
        // …nor a backup of the vault file restored next to today's key ring, or without one…
        var restored = TestPaths.TempDir("vigil-vault-restored");
        File.Copy(backup, Path.Combine(restored, op.Id + ".vault"));
        File.Copy(vaults.Keyring.Path, Path.Combine(restored, "keyring.db"));
        await Assert.ThrowsAsync<OperationKeyDestroyedException>(() => new OperationVaults(restored, master).FindAsync(op, new PostKey("telegram", "1"), Ct));
        File.Delete(Path.Combine(restored, "keyring.db"));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => new OperationVaults(restored, master).FindAsync(op, new PostKey("telegram", "1"), Ct));
        // …and no key that is left opens any sealed record of the backup: not the operations key, not the
        // key the old vaults derived from it, not the key-wrapping key.
        var candidates = new[]
        {
            master,
            HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, salt: [], info: Encoding.UTF8.GetBytes("vigil/operation-vault/v1/" + op.Id)),
            HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, salt: [], info: "vigil/operation-key-wrap/v2"u8.ToArray()),
        };
        var records = await SealedAsync(backup);
        Assert.Equal(2, records.Count);
        foreach (var (nativeId, sealedRecord) in records)
        {
            foreach (var key in candidates)
            {
                Assert.ThrowsAny<CryptographicException>(() => Open(key, Bound(op, nativeId), sealedRecord));
            }
        }

        // The wrapped key's bytes are gone from the key ring file itself.
        Assert.False(Contains(File.ReadAllBytes(vaults.Keyring.Path), wrapped));
        Assert.False(File.Exists(vaults.Keyring.Path + "-journal"));
    }

    [Fact]
    public async Task DestroyedKey_IsNeverMadeAgain_NoNewRecordCanBeWritten()
    {
        var folder = TestPaths.TempDir("vigil-vault");
        var vaults = new OperationVaults(folder, RandomNumberGenerator.GetBytes(32));
        var op = Op("aa11");
        await vaults.SinkFor(op).WriteAsync([Record("1")], Ct);
        await vaults.Keyring.DestroyAsync(op.Id, Some.Instant, "dpo1", "closed", Ct);

        await Assert.ThrowsAsync<OperationKeyDestroyedException>(async () => await vaults.SinkFor(op).WriteAsync([Record("2")], Ct));
        Assert.False(await vaults.Keyring.DestroyAsync(op.Id, Some.Instant, "dpo1", "again", Ct)); // nothing left to destroy
    }

    [Fact]
    public async Task LegacyVault_IsResealedUnderItsOwnDataKeyOnFirstUse_AndStaysReadable()
    {
        var folder = TestPaths.TempDir("vigil-vault");
        var master = RandomNumberGenerator.GetBytes(32);
        var op = Op("cc33");
        var vaults = new OperationVaults(folder, master);
        var legacyKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, salt: [], info: Encoding.UTF8.GetBytes("vigil/operation-vault/v1/" + op.Id));
        await WriteLegacyVaultAsync(vaults.PathOf(op), op, legacyKey, [Record("1"), Record("2")]);
        var before = Path.Combine(TestPaths.TempDir("vigil-vault-backup"), op.Id + ".vault");
        File.Copy(vaults.PathOf(op), before);

        var found = await vaults.FindAsync(op, new PostKey("telegram", "2"), Ct);

        Assert.Equivalent(Record("2"), found, strict: true);
        Assert.True(await vaults.Keyring.HasKeyAsync(op.Id, Ct));
        foreach (var (nativeId, sealedRecord) in await SealedAsync(vaults.PathOf(op)))
        {
            Assert.ThrowsAny<CryptographicException>(() => Open(legacyKey, Bound(op, nativeId), sealedRecord)); // re-sealed
        }

        // The honest limit: a copy made before the upgrade still opens with the derived key.
        Assert.Equal(2, (await SealedAsync(before)).Count(r => Open(legacyKey, Bound(op, r.NativeId), r.Sealed).Length > 0));
        await vaults.SinkFor(op).WriteAsync([Record("3")], Ct);
        Assert.NotNull(await vaults.FindAsync(op, new PostKey("telegram", "3"), Ct));
        await vaults.Keyring.DestroyAsync(op.Id, Some.Instant, "dpo1", "closed", Ct);
        await Assert.ThrowsAsync<OperationKeyDestroyedException>(() => vaults.FindAsync(op, new PostKey("telegram", "1"), Ct));
    }

    private static byte[] Bound(Operation op, string nativeId) => Encoding.UTF8.GetBytes($"{op.Id}\u001ftelegram\u001f{nativeId}");

    private static byte[] Open(byte[] key, byte[] associated, byte[] sealedRecord)
    {
        var plain = new byte[sealedRecord.Length - 28];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(sealedRecord.AsSpan(0, 12), sealedRecord.AsSpan(12, plain.Length), sealedRecord.AsSpan(12 + plain.Length), plain, associated);
        return plain;
    }

    /// <summary>A vault as Vigil wrote it before data keys: records sealed under the HKDF-derived key, no vault_meta.</summary>
    private static async Task WriteLegacyVaultAsync(string path, Operation op, byte[] key, IReadOnlyList<ClearRecord> records)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE clear_posts (platform TEXT NOT NULL, native_id TEXT NOT NULL, category TEXT NOT NULL, collected_at INTEGER NOT NULL, sealed BLOB NOT NULL, PRIMARY KEY (platform, native_id))";
        await command.ExecuteNonQueryAsync(Ct);
        foreach (var record in records)
        {
            var plain = JsonSerializer.SerializeToUtf8Bytes(record);
            var output = new byte[12 + plain.Length + 16];
            RandomNumberGenerator.Fill(output.AsSpan(0, 12));
            using (var aes = new AesGcm(key, 16))
            {
                aes.Encrypt(output.AsSpan(0, 12), plain, output.AsSpan(12, plain.Length), output.AsSpan(12 + plain.Length), Bound(op, record.Key.NativeId));
            }

            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO clear_posts VALUES ('telegram', $n, 'smuggling_offer', 0, $s)";
            insert.Parameters.AddWithValue("$n", record.Key.NativeId);
            insert.Parameters.AddWithValue("$s", output);
            await insert.ExecuteNonQueryAsync(Ct);
        }

        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync(Ct);
    }

    private static async Task BackupAsync(string source, string target)
    {
        await using var from = new SqliteConnection($"Data Source={source};Mode=ReadOnly;Pooling=False");
        await using var to = new SqliteConnection($"Data Source={target};Pooling=False");
        await from.OpenAsync(Ct);
        await to.OpenAsync(Ct);
        from.BackupDatabase(to);
    }

    private static async Task<List<(string NativeId, byte[] Sealed)>> SealedAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT native_id, sealed FROM clear_posts ORDER BY native_id";
        var rows = new List<(string, byte[])>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add((reader.GetString(0), (byte[])reader.GetValue(1)));
        }

        return rows;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
