using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Labels;

/// <summary>
/// Analysts' corrections in the SQLite store (table <c>labels</c>, migration 0002). Every correction is kept
/// (an audit trail of who changed what); the newest one per post is the post's label for retraining.
/// Correcting a post also updates its stored category, so dashboards and reports follow the analyst.
/// </summary>
/// <remarks>The store must have been opened (and so migrated) by <see cref="SqlitePostStore"/> first.</remarks>
internal static class SqliteLabels
{
    /// <summary>
    /// Stores a correction of the post <paramref name="post"/> (written <c>platform:native_id</c>, or the
    /// store's numeric row id) and returns it, or null when no such post is stored.
    /// </summary>
    public static async Task<LabelCorrection?> AddAsync(SqlitePostStore store, string post, Category category, string by, string? reason, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        await using var connection = await OpenAsync(store, cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var found = Find(connection, transaction, post);
        if (found is null)
        {
            return null;
        }

        var (rowId, key, previousWire) = found.Value;
        var now = clock.GetUtcNow();
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO labels (post_id, category, previous, labelled_by, labelled_at, reason) VALUES ($post, $category, $previous, $by, $at, $reason)";
            insert.Parameters.AddWithValue("$post", rowId);
            insert.Parameters.AddWithValue("$category", category.ToWire());
            insert.Parameters.AddWithValue("$previous", (object?)previousWire ?? DBNull.Value);
            insert.Parameters.AddWithValue("$by", by.Trim());
            insert.Parameters.AddWithValue("$at", now.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$reason", string.IsNullOrWhiteSpace(reason) ? DBNull.Value : reason.Trim());
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE posts SET category = $category WHERE id = $post";
            update.Parameters.AddWithValue("$category", category.ToWire());
            update.Parameters.AddWithValue("$post", rowId);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Category? previous = Categories.TryParse(previousWire, out var p) && previousWire is not null ? p : null;
        return new LabelCorrection(key, category, previous, by.Trim(), FromMillis(now.ToUnixTimeMilliseconds()), string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
    }

    /// <summary>Every correction of one post, oldest first.</summary>
    public static async Task<IReadOnlyList<LabelCorrection>> HistoryAsync(SqlitePostStore store, PostKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(store, cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.platform, p.native_id, l.category, l.previous, l.labelled_by, l.labelled_at, l.reason
            FROM labels l JOIN posts p ON p.id = l.post_id
            WHERE p.platform = $platform AND p.native_id = $native_id
            ORDER BY l.labelled_at, l.id
            """;
        command.Parameters.AddWithValue("$platform", key.Platform);
        command.Parameters.AddWithValue("$native_id", key.NativeId);
        var list = new List<LabelCorrection>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(ReadLabel(reader));
        }

        return list;
    }

    /// <summary>The newest correction of every corrected post, with the post's stored text, for `vigil train`.</summary>
    public static async Task<IReadOnlyList<LabelledPost>> LatestAsync(SqlitePostStore store, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(store, cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.platform, p.native_id, l.category, l.previous, l.labelled_by, l.labelled_at, l.reason, p.text, p.lang
            FROM labels l JOIN posts p ON p.id = l.post_id
            WHERE l.id = (SELECT l2.id FROM labels l2 WHERE l2.post_id = l.post_id ORDER BY l2.labelled_at DESC, l2.id DESC LIMIT 1)
            ORDER BY p.id
            """;
        var list = new List<LabelledPost>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new LabelledPost(ReadLabel(reader), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return list;
    }

    private static LabelCorrection ReadLabel(SqliteDataReader reader)
    {
        Categories.TryParse(reader.GetString(2), out var category);
        Category? previous = !reader.IsDBNull(3) && Categories.TryParse(reader.GetString(3), out var p) ? p : null;
        return new LabelCorrection(
            new PostKey(reader.GetString(0), reader.GetString(1)),
            category,
            previous,
            reader.GetString(4),
            FromMillis(reader.GetInt64(5)),
            reader.IsDBNull(6) ? null : reader.GetString(6));
    }

    private static (long RowId, PostKey Key, string? Category)? Find(SqliteConnection connection, SqliteTransaction transaction, string post)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var colon = post.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            command.CommandText = "SELECT id, platform, native_id, category FROM posts WHERE platform = $platform AND native_id = $native_id";
            command.Parameters.AddWithValue("$platform", post[..colon]);
            command.Parameters.AddWithValue("$native_id", post[(colon + 1)..]);
        }
        else if (long.TryParse(post, NumberStyles.None, CultureInfo.InvariantCulture, out var rowId))
        {
            command.CommandText = "SELECT id, platform, native_id, category FROM posts WHERE id = $id";
            command.Parameters.AddWithValue("$id", rowId);
        }
        else
        {
            return null;
        }

        using var reader = command.ExecuteReader();
        return reader.Read()
            ? (reader.GetInt64(0), new PostKey(reader.GetString(1), reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetString(3))
            : null;
    }

    private static async Task<SqliteConnection> OpenAsync(SqlitePostStore store, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = store.Path,
            Mode = SqliteOpenMode.ReadWrite,
            ForeignKeys = true,
            Pooling = true,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw SqliteErrors.Map(e, store.Path);
        }
    }

    private static DateTimeOffset FromMillis(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
