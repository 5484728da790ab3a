using Microsoft.Data.Sqlite;
using Vigil.Core.Collection;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;

namespace Vigil.Storage.Sqlite;

/// <summary>The watch list and cursors of the SQLite store (<see cref="Watches.IWatchStore"/>).</summary>
public sealed partial class SqlitePostStore
{
    /// <inheritdoc />
    public ValueTask<WriteCounts> WriteAsync(IReadOnlyList<StoredPost> batch, WatchCursor cursor, CancellationToken cancellationToken) =>
        WriteCoreAsync(batch, cursor, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddWatchAsync(Watch watch, DateTimeOffset now, CancellationToken cancellationToken) => WriteSmallAsync("change the watch list", transaction =>
    {
        using var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$id", watch.Id);
        command.Parameters.AddWithValue("$platform", watch.Platform);
        command.Parameters.AddWithValue("$target", watch.Target);
        command.Parameters.AddWithValue("$interval", (long)watch.Interval.TotalSeconds);
        command.Parameters.AddWithValue("$enabled", watch.Enabled ? 1 : 0);
        command.Parameters.AddWithValue("$at", now.ToUnixTimeMilliseconds());
        command.CommandText = "UPDATE watches SET interval_seconds = $interval, enabled = $enabled WHERE id = $id";
        if (command.ExecuteNonQuery() > 0)
        {
            return false;
        }

        command.CommandText = "INSERT INTO watches (id, platform, target, interval_seconds, enabled, added_at) VALUES ($id, $platform, $target, $interval, $enabled, $at)";
        command.ExecuteNonQuery();
        return true;
    }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> RemoveWatchAsync(string id, CancellationToken cancellationToken) => WriteSmallAsync("change the watch list", transaction =>
    {
        using var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM watches WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteNonQuery() > 0;
    }, cancellationToken);

    /// <inheritdoc />
    public Task RecordRunAsync(string id, DateTimeOffset at, string outcome, CancellationToken cancellationToken) => WriteSmallAsync("change the watch list", transaction =>
    {
        using var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE watches SET last_run_at = $at, last_outcome = $outcome WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$outcome", outcome);
        return command.ExecuteNonQuery() > 0;
    }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<WatchState>> ListWatchesAsync(CancellationToken cancellationToken) => ReadAsync(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT platform, target, interval_seconds, enabled, cursor, cursor_at, last_run_at, last_outcome FROM watches ORDER BY id";
        using var reader = command.ExecuteReader();
        var watches = new List<WatchState>();
        while (reader.Read())
        {
            var watch = new Watch(reader.GetString(0), reader.GetString(1), TimeSpan.FromSeconds(reader.GetInt64(2)), reader.GetInt64(3) != 0);
            watches.Add(new WatchState(watch, reader.IsDBNull(4) ? null : reader.GetString(4), Instant(reader, 5), Instant(reader, 6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return (IReadOnlyList<WatchState>)watches;
    }, cancellationToken);

    private static DateTimeOffset? Instant(SqliteDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(i));

    /// <summary>Moves a cursor inside the caller's transaction (the one that stores the posts it covers).</summary>
    private void MoveCursor(SqliteTransaction transaction, WatchCursor cursor)
    {
        using var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE watches SET cursor = $cursor, cursor_at = $at WHERE id = $id";
        command.Parameters.AddWithValue("$id", cursor.WatchId);
        command.Parameters.AddWithValue("$cursor", cursor.Value);
        command.Parameters.AddWithValue("$at", cursor.At.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    /// <summary>A small write on the writer connection, serialised with batch writes.</summary>
    /// <summary>A short write on the writer connection in its own transaction (<paramref name="toDo"/> says what, for a read-only store's message).</summary>
    private async Task<T> WriteSmallAsync<T>(string toDo, Func<SqliteTransaction, T> write, CancellationToken cancellationToken)
    {
        if (_options.ReadOnly)
        {
            throw new StoreException(new StoreError(StoreErrorKind.ReadOnly, Path,
                $"The store '{Path}' was opened read-only. Open it for writing to {toDo}."));
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _writer.BeginTransaction(deferred: false);
            var result = write(transaction);
            transaction.Commit();
            return result;
        }
        catch (SqliteException e) when (SqliteErrors.IsEnvironmental(e))
        {
            throw SqliteErrors.Map(e, Path);
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
