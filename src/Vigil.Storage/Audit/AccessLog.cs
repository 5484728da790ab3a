using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Audit;

/// <summary>
/// The append-only, hash-chained access log, kept in its own SQLite file next to the store (see
/// docs/data-protection.md: purging content never touches the log, and a DPO reads the log without
/// reading content). SQLite triggers refuse UPDATE and DELETE; the hash chain detects edits made
/// around them (e.g. with another tool). Thread-safe: reads use their own (pooled) connections; appends
/// are serialised by an immediate transaction, and concurrent appends share one (group commit).
/// </summary>
public sealed class AccessLog
{
    internal const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    private readonly string _connectionString;
    private readonly AccessLogWriter _writer;

    private AccessLog(string connectionString, TimeProvider clock)
    {
        _connectionString = connectionString;
        _writer = new AccessLogWriter(connectionString, clock);
    }

    /// <summary>Opens (creating if needed) the access log at <paramref name="path"/>.</summary>
    public static async Task<AccessLog> OpenAsync(string path, TimeProvider clock, CancellationToken cancellationToken)
    {
        var connectionString = await SecurityDatabase.OpenAsync(path, """
            CREATE TABLE IF NOT EXISTS access_log (
              seq INTEGER PRIMARY KEY,
              at TEXT NOT NULL,
              user TEXT NOT NULL,
              action TEXT NOT NULL,
              target TEXT NOT NULL,
              reason TEXT,
              prev_hash TEXT NOT NULL,
              hash TEXT NOT NULL);
            CREATE TRIGGER IF NOT EXISTS access_log_no_update BEFORE UPDATE ON access_log
              BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS access_log_no_delete BEFORE DELETE ON access_log
              BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
            """,
            cancellationToken);
        return new AccessLog(connectionString, clock);
    }

    /// <summary>
    /// Appends an entry chained to the previous one and returns it once it is durably committed.
    /// Concurrent appends share one transaction (group commit, see <see cref="AccessLogWriter"/>).
    /// </summary>
    public Task<AccessLogEntry> AppendAsync(string user, string action, string target, string? reason, CancellationToken cancellationToken) =>
        _writer.AppendAsync(user, action, target, reason, cancellationToken);

    /// <summary>The most recent entries, newest first.</summary>
    public async Task<IReadOnlyList<AccessLogEntry>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        var entries = new List<AccessLogEntry>();
        await foreach (var entry in ReadAsync($"SELECT seq, at, user, action, target, reason, prev_hash, hash FROM access_log ORDER BY seq DESC LIMIT {Math.Clamp(limit, 1, 10_000)}", cancellationToken))
        {
            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>The entry with sequence number <paramref name="sequence"/>, or null.</summary>
    public async Task<AccessLogEntry?> EntryAsync(long sequence, CancellationToken cancellationToken)
    {
        await foreach (var entry in ReadAsync($"SELECT seq, at, user, action, target, reason, prev_hash, hash FROM access_log WHERE seq = {sequence}", cancellationToken))
        {
            return entry;
        }

        return null;
    }

    /// <summary>Recomputes the chain from the first entry; reports the first entry that was edited, removed or reordered.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var previous = Genesis;
        long expected = 1;
        await foreach (var e in ReadAsync("SELECT seq, at, user, action, target, reason, prev_hash, hash FROM access_log ORDER BY seq", cancellationToken))
        {
            if (e.Sequence != expected)
            {
                return new AuditVerification(false, expected - 1, previous, expected, $"entry {expected} is missing (the next entry is {e.Sequence}).");
            }

            if (e.PreviousHash != previous)
            {
                return new AuditVerification(false, expected - 1, previous, e.Sequence, $"entry {e.Sequence} does not follow entry {e.Sequence - 1}: an entry before it was changed or removed.");
            }

            if (HashOf(e.Sequence, e.At, e.User, e.Action, e.Target, e.Reason, e.PreviousHash) != e.Hash)
            {
                return new AuditVerification(false, expected - 1, previous, e.Sequence, $"entry {e.Sequence} was altered after it was written.");
            }

            previous = e.Hash;
            expected++;
        }

        return new AuditVerification(true, expected - 1, previous, null, null);
    }

    private async IAsyncEnumerable<AccessLogEntry> ReadAsync(string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new AccessLogEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7));
        }
    }

    internal static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    internal static string HashOf(long sequence, DateTimeOffset at, string user, string action, string target, string? reason, string previous)
    {
        // Length-prefixed fields, so no two different entries serialise to the same bytes.
        var builder = new StringBuilder();
        foreach (var field in new[] { sequence.ToString(CultureInfo.InvariantCulture), Format(at), user, action, target, reason ?? "\u0000", previous })
        {
            builder.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
