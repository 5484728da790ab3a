using Npgsql;
using NpgsqlTypes;
using Vigil.Core.Analysis;
using Vigil.Core.Pipeline;
using Vigil.Storage.Retention;

namespace Vigil.Storage.Postgres;

/// <summary>Minimisation counts and the retention purge of the PostgreSQL store.</summary>
public sealed partial class PostgresPostStore
{
    /// <inheritdoc />
    public async ValueTask<int> CountMinimisedAsync(IReadOnlyList<MinimisedPost> posts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posts);
        if (posts.Count == 0)
        {
            return 0;
        }

        // The digests not seen before are inserted and counted in one statement, so concurrent workers
        // counting the same post count it once.
        const string sql =
            "WITH t AS (SELECT * FROM unnest($1::bytea[], $2::date[], $3::text[], $4::text[], $5::text[]) AS t(digest, day, platform, lang, category)), " +
            "fresh AS (INSERT INTO minimised_seen (digest, seen_at) SELECT DISTINCT ON (digest) digest, $6 FROM t ON CONFLICT DO NOTHING RETURNING digest), " +
            "rows AS (SELECT t.day, t.platform, t.lang, t.category, count(*) AS n FROM (SELECT DISTINCT ON (digest) * FROM t) t JOIN fresh USING (digest) GROUP BY 1, 2, 3, 4), " +
            "up AS (INSERT INTO minimised_counts (day, platform, lang, category, posts) SELECT day, platform, lang, category, n FROM rows " +
            "ON CONFLICT (day, platform, lang, category) DO UPDATE SET posts = minimised_counts.posts + EXCLUDED.posts RETURNING 1) " +
            "SELECT coalesce(sum(n), 0)::int FROM rows";
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await LockWritersAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = posts.Select(p => IdentityDigest.Of(p.Key)).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = posts.Select(p => p.Day).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
            command.Parameters.Add(new NpgsqlParameter { Value = posts.Select(p => p.Platform).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = posts.Select(p => p.Lang).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = posts.Select(p => p.Category.ToWire()).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = _clock.GetUtcNow().UtcDateTime });
            var counted = (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return counted;
        }
        catch (Exception e) when (PostgresErrors.IsEnvironmental(e))
        {
            throw PostgresErrors.Map(e, Name);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MinimisedCount>> MinimisedCountsAsync(CancellationToken cancellationToken) => ReadAsync(async connection =>
    {
        await using var command = new NpgsqlCommand(
            "SELECT to_char(day, 'YYYY-MM-DD'), platform, lang, category, posts FROM minimised_counts ORDER BY day, platform, lang, category", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var counts = new List<MinimisedCount>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts.Add(new MinimisedCount(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4)));
        }

        return (IReadOnlyList<MinimisedCount>)counts;
    }, cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// PostgreSQL removes deleted rows (and their <c>tsvector</c>) from queries at commit and from the
    /// table's pages at the next VACUUM, which the purge runs; the space is then reused, not wiped. The
    /// proof of a purge is the report's row counts; operators who need the bytes gone run VACUUM FULL.
    /// </remarks>
    public Task<PurgeReport> PurgeAsync(RetentionCutoffs cutoffs, bool dryRun, CancellationToken cancellationToken) => ReadAsync(async connection =>
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        PurgeReport report;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!dryRun)
            {
                await LockWritersAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            }

            async Task<long> Scalar(string sql, params object[] values)
            {
                await using var command = new NpgsqlCommand(sql, connection, transaction);
                foreach (var v in values)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = v });
                }

                return sql.StartsWith("DELETE", StringComparison.Ordinal)
                    ? await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false)
                    : (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }

            var before = await Scalar("SELECT count(*) FROM posts").ConfigureAwait(false);
            var labelsBefore = await Scalar("SELECT count(*) FROM labels").ConfigureAwait(false);
            var deleted = new Dictionary<string, long>(StringComparer.Ordinal);
            long labels = 0;
            foreach (var (category, cutoff) in cutoffs.PostsByCategory.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                const string where = "coalesce(category, 'unanalysed') = $1 AND collected_at < $2";
                if (dryRun)
                {
                    labels += await Scalar($"SELECT count(*) FROM labels WHERE post_id IN (SELECT id FROM posts WHERE {where})", category, cutoff.UtcDateTime).ConfigureAwait(false);
                }

                // A post's labels go with it (ON DELETE CASCADE).
                deleted[category] = await Scalar(dryRun ? $"SELECT count(*) FROM posts WHERE {where}" : $"DELETE FROM posts WHERE {where}",
                    category, cutoff.UtcDateTime).ConfigureAwait(false);
            }

            if (!dryRun)
            {
                labels = labelsBefore - await Scalar("SELECT count(*) FROM labels").ConfigureAwait(false);
            }

            var seen = await Scalar(dryRun ? "SELECT count(*) FROM minimised_seen WHERE seen_at < $1" : "DELETE FROM minimised_seen WHERE seen_at < $1",
                cutoffs.MinimisedIdentities.UtcDateTime).ConfigureAwait(false);
            var after = dryRun ? before - deleted.Values.Sum() : await Scalar("SELECT count(*) FROM posts").ConfigureAwait(false);

            report = new PurgeReport(deleted, labels, seen, before, after, dryRun);
            if (dryRun)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return report;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var vacuum = new NpgsqlCommand("VACUUM posts, minimised_seen", connection))
        {
            await vacuum.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return report;
    }, cancellationToken);
}
