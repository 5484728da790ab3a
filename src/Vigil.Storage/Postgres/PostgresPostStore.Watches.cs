using Npgsql;
using Vigil.Core.Collection;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;

namespace Vigil.Storage.Postgres;

/// <summary>The watch list and cursors of the PostgreSQL store (<see cref="Watches.IWatchStore"/>).</summary>
public sealed partial class PostgresPostStore
{
    /// <inheritdoc />
    public ValueTask<WriteCounts> WriteAsync(IReadOnlyList<StoredPost> batch, WatchCursor cursor, CancellationToken cancellationToken) =>
        WriteCoreAsync(batch, cursor, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddWatchAsync(Watch watch, DateTimeOffset now, CancellationToken cancellationToken) => ReadAsync(async connection =>
    {
        // xmax = 0 only for a freshly inserted row: tells an insert from an update in one statement.
        await using var command = new NpgsqlCommand(
            "INSERT INTO watches (id, platform, target, interval_seconds, enabled, added_at) VALUES ($1, $2, $3, $4, $5, $6) " +
            "ON CONFLICT (id) DO UPDATE SET interval_seconds = excluded.interval_seconds, enabled = excluded.enabled RETURNING (xmax = 0)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = watch.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = watch.Platform });
        command.Parameters.Add(new NpgsqlParameter { Value = watch.Target });
        command.Parameters.Add(new NpgsqlParameter { Value = (int)watch.Interval.TotalSeconds });
        command.Parameters.Add(new NpgsqlParameter { Value = watch.Enabled });
        command.Parameters.Add(new NpgsqlParameter { Value = now.UtcDateTime });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> RemoveWatchAsync(string id, CancellationToken cancellationToken) => ReadAsync(async connection =>
    {
        await using var command = new NpgsqlCommand("DELETE FROM watches WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }, cancellationToken);

    /// <inheritdoc />
    public Task RecordRunAsync(string id, DateTimeOffset at, string outcome, CancellationToken cancellationToken) => ReadAsync(async connection =>
    {
        await using var command = new NpgsqlCommand("UPDATE watches SET last_run_at = $2, last_outcome = $3 WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = at.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter { Value = outcome });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<WatchState>> ListWatchesAsync(CancellationToken cancellationToken) => ReadAsync(async connection =>
    {
        await using var command = new NpgsqlCommand(
            "SELECT platform, target, interval_seconds, enabled, cursor, cursor_at, last_run_at, last_outcome FROM watches ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var watches = new List<WatchState>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var watch = new Watch(reader.GetString(0), reader.GetString(1), TimeSpan.FromSeconds(reader.GetInt32(2)), reader.GetBoolean(3));
            watches.Add(new WatchState(watch, reader.IsDBNull(4) ? null : reader.GetString(4), Instant(reader, 5), Instant(reader, 6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return (IReadOnlyList<WatchState>)watches;
    }, cancellationToken);

    private static DateTimeOffset? Instant(NpgsqlDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Utc));

    /// <summary>Moves a cursor inside the transaction that stores the posts it covers.</summary>
    private static async Task MoveCursorAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, WatchCursor cursor, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("UPDATE watches SET cursor = $2, cursor_at = $3 WHERE id = $1", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = cursor.WatchId });
        command.Parameters.Add(new NpgsqlParameter { Value = cursor.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = cursor.At.UtcDateTime });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
