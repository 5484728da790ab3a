using Npgsql;

namespace Vigil.Storage.Postgres;

/// <summary>The fingerprint of the pseudonymisation key the PostgreSQL store was written with.</summary>
public sealed partial class PostgresPostStore
{
    /// <inheritdoc />
    public async Task<string> ClaimKeyFingerprintAsync(string fingerprint, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(
                "WITH claimed AS (INSERT INTO pseudonym_key (id, fingerprint, recorded_at) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING RETURNING fingerprint) " +
                "SELECT fingerprint FROM claimed UNION ALL SELECT fingerprint FROM pseudonym_key WHERE id = 1 LIMIT 1", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = fingerprint });
            command.Parameters.Add(new NpgsqlParameter { Value = _clock.GetUtcNow().UtcDateTime });
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string held)
            {
                return held;
            }

            // Another writer claimed it after this statement's snapshot was taken: a new statement sees its row.
            await using var read = new NpgsqlCommand("SELECT fingerprint FROM pseudonym_key WHERE id = 1", connection);
            return (string)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
        catch (Exception e) when (PostgresErrors.IsEnvironmental(e))
        {
            throw PostgresErrors.Map(e, Name);
        }
    }
}
