namespace Vigil.Storage.Sqlite;

/// <summary>The fingerprint of the pseudonymisation key the SQLite store was written with.</summary>
public sealed partial class SqlitePostStore
{
    /// <inheritdoc />
    public Task<string> ClaimKeyFingerprintAsync(string fingerprint, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        return WriteSmallAsync("import or collect", transaction =>
        {
            using var command = _writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR IGNORE INTO pseudonym_key (id, fingerprint, recorded_at) VALUES (1, $f, $at); SELECT fingerprint FROM pseudonym_key WHERE id = 1";
            command.Parameters.AddWithValue("$f", fingerprint);
            command.Parameters.AddWithValue("$at", _options.Clock.GetUtcNow().ToUnixTimeMilliseconds());
            return (string)command.ExecuteScalar()!;
        }, cancellationToken);
    }
}
