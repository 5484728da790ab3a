using System.Globalization;
using Npgsql;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Labels;

namespace Vigil.Storage.Postgres;

/// <summary>Analysts' corrections in the PostgreSQL store (<see cref="ILabelStore"/>, table <c>labels</c>, migration 0008).</summary>
public sealed partial class PostgresPostStore
{
    private const string LabelColumns = "p.platform, p.native_id, l.category, l.previous, l.labelled_by, l.labelled_at, l.reason";

    /// <inheritdoc />
    public async Task<LabelCorrection?> AddLabelAsync(string post, Category category, string by, string? reason, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(clock);
        var colon = post.IndexOf(':', StringComparison.Ordinal);
        long rowId = 0;
        if (colon <= 0 && !long.TryParse(post, NumberStyles.None, CultureInfo.InvariantCulture, out rowId))
        {
            return null;
        }

        var at = clock.GetUtcNow();
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await LockWritersAsync(connection, transaction, cancellationToken).ConfigureAwait(false); // the category change moves the summaries
            await using var find = new NpgsqlCommand(
                colon > 0 ? "SELECT id, platform, native_id, category FROM posts WHERE platform = $1 AND native_id = $2 FOR UPDATE"
                          : "SELECT id, platform, native_id, category FROM posts WHERE id = $1 FOR UPDATE",
                connection, transaction);
            if (colon > 0)
            {
                find.Parameters.Add(new NpgsqlParameter { Value = post[..colon] });
                find.Parameters.Add(new NpgsqlParameter { Value = post[(colon + 1)..] });
            }
            else
            {
                find.Parameters.Add(new NpgsqlParameter { Value = rowId });
            }

            long id;
            PostKey key;
            string? previousWire;
            await using (var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                (id, key, previousWire) = (reader.GetInt64(0), new PostKey(reader.GetString(1), reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetString(3));
            }

            await using (var insert = new NpgsqlCommand(
                "INSERT INTO labels (post_id, category, previous, labelled_by, labelled_at, reason) VALUES ($1, $2, $3, $4, $5, $6)", connection, transaction))
            {
                insert.Parameters.Add(new NpgsqlParameter { Value = id });
                insert.Parameters.Add(new NpgsqlParameter { Value = category.ToWire() });
                insert.Parameters.Add(new NpgsqlParameter { Value = (object?)previousWire ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter { Value = by.Trim() });
                insert.Parameters.Add(new NpgsqlParameter { Value = at.UtcDateTime });
                insert.Parameters.Add(new NpgsqlParameter { Value = (object?)why ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var update = new NpgsqlCommand("UPDATE posts SET category = $2 WHERE id = $1", connection, transaction))
            {
                update.Parameters.Add(new NpgsqlParameter { Value = id });
                update.Parameters.Add(new NpgsqlParameter { Value = category.ToWire() });
                await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            Category? previous = previousWire is not null && Categories.TryParse(previousWire, out var p) ? p : null;
            return new LabelCorrection(key, category, previous, by.Trim(), DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds()), why);
        }
        catch (Exception e) when (PostgresErrors.IsEnvironmental(e))
        {
            throw PostgresErrors.Map(e, Name);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LabelCorrection>> LabelHistoryAsync(PostKey key, CancellationToken cancellationToken) => ReadAsync<IReadOnlyList<LabelCorrection>>(async connection =>
    {
        await using var command = new NpgsqlCommand(
            $"SELECT {LabelColumns} FROM labels l JOIN posts p ON p.id = l.post_id WHERE p.platform = $1 AND p.native_id = $2 ORDER BY l.labelled_at, l.id", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key.Platform });
        command.Parameters.Add(new NpgsqlParameter { Value = key.NativeId });
        var list = new List<LabelCorrection>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(ReadLabel(reader));
        }

        return list;
    }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<LabelledPost>> LatestLabelsAsync(CancellationToken cancellationToken) => ReadAsync<IReadOnlyList<LabelledPost>>(async connection =>
    {
        await using var command = new NpgsqlCommand(
            $"SELECT DISTINCT ON (l.post_id) {LabelColumns}, p.text, p.lang FROM labels l JOIN posts p ON p.id = l.post_id ORDER BY l.post_id, l.labelled_at DESC, l.id DESC", connection);
        var list = new List<LabelledPost>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new LabelledPost(ReadLabel(reader), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return list;
    }, cancellationToken);

    private static LabelCorrection ReadLabel(NpgsqlDataReader reader)
    {
        Categories.TryParse(reader.GetString(2), out var category);
        Category? previous = !reader.IsDBNull(3) && Categories.TryParse(reader.GetString(3), out var p) ? p : null;
        var at = DateTime.SpecifyKind(reader.GetDateTime(5), DateTimeKind.Utc);
        return new LabelCorrection(
            new PostKey(reader.GetString(0), reader.GetString(1)),
            category,
            previous,
            reader.GetString(4),
            DateTimeOffset.FromUnixTimeMilliseconds(new DateTimeOffset(at).ToUnixTimeMilliseconds()),
            reader.IsDBNull(6) ? null : reader.GetString(6));
    }
}
