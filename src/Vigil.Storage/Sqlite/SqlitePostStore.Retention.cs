using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Core.Analysis;
using Vigil.Core.Pipeline;
using Vigil.Storage.Retention;

namespace Vigil.Storage.Sqlite;

/// <summary>Minimisation counts and the retention purge of the SQLite store.</summary>
public sealed partial class SqlitePostStore
{
    /// <inheritdoc />
    public async ValueTask<int> CountMinimisedAsync(IReadOnlyList<MinimisedPost> posts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posts);
        if (posts.Count == 0)
        {
            return 0;
        }

        ThrowIfReadOnly();
        return await WriteLockedAsync(() =>
        {
            using var transaction = _writer.BeginTransaction(deferred: false);
            using var seen = _writer.CreateCommand();
            seen.Transaction = transaction;
            seen.CommandText = "INSERT INTO minimised_seen (digest, seen_at) VALUES ($d, $at) ON CONFLICT DO NOTHING";
            var digest = seen.Parameters.Add("$d", SqliteType.Blob);
            seen.Parameters.AddWithValue("$at", _options.Clock.GetUtcNow().ToUnixTimeMilliseconds());
            using var count = _writer.CreateCommand();
            count.Transaction = transaction;
            count.CommandText = "INSERT INTO minimised_counts (day, platform, lang, category, posts) VALUES ($day, $p, $l, $c, 1) " +
                "ON CONFLICT (day, platform, lang, category) DO UPDATE SET posts = posts + 1";
            var day = count.Parameters.Add("$day", SqliteType.Text);
            var platform = count.Parameters.Add("$p", SqliteType.Text);
            var lang = count.Parameters.Add("$l", SqliteType.Text);
            var category = count.Parameters.Add("$c", SqliteType.Text);
            var counted = 0;
            foreach (var post in posts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                digest.Value = IdentityDigest.Of(post.Key);
                if (seen.ExecuteNonQuery() == 0)
                {
                    continue; // counted by an earlier import
                }

                day.Value = post.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                platform.Value = post.Platform;
                lang.Value = post.Lang;
                category.Value = post.Category.ToWire();
                count.ExecuteNonQuery();
                counted++;
            }

            transaction.Commit();
            return counted;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MinimisedCount>> MinimisedCountsAsync(CancellationToken cancellationToken) => ReadAsync(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT day, platform, lang, category, posts FROM minimised_counts ORDER BY day, platform, lang, category";
        using var reader = command.ExecuteReader();
        var counts = new List<MinimisedCount>();
        while (reader.Read())
        {
            counts.Add(new MinimisedCount(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4)));
        }

        return (IReadOnlyList<MinimisedCount>)counts;
    }, cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// SQLite keeps deleted rows' bytes in free pages and the write-ahead log until overwritten. So the
    /// purge deletes with <c>secure_delete</c> on (freed content is overwritten with zeros), merges the
    /// full-text index (a contentless FTS5 index keeps deleted entries until its segments are merged),
    /// rebuilds the file with VACUUM when anything was deleted (a page freed whole can keep its old bytes
    /// in WAL mode), and truncates the write-ahead log after checkpointing it. VACUUM rewrites the whole
    /// file: on a large store it takes a while and needs free disk space of the store's size. Readers holding an old snapshot (a
    /// running web app mid-query) can delay the checkpoint; the next purge completes it.
    /// </remarks>
    public async Task<PurgeReport> PurgeAsync(RetentionCutoffs cutoffs, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        if (!dryRun)
        {
            ThrowIfReadOnly();
        }

        return await WriteLockedAsync(() =>
        {
            using (var pragma = _writer.CreateCommand())
            {
                pragma.CommandText = "PRAGMA secure_delete = ON";
                pragma.ExecuteNonQuery();
            }

            using var transaction = _writer.BeginTransaction(deferred: false);
            long Scalar(string sql, params (string Name, object Value)[] parameters)
            {
                using var command = _writer.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                foreach (var (name, value) in parameters)
                {
                    command.Parameters.AddWithValue(name, value);
                }

                return dryRun || !sql.StartsWith("DELETE", StringComparison.Ordinal) ? (long)command.ExecuteScalar()! : command.ExecuteNonQuery();
            }

            var before = Scalar("SELECT count(*) FROM posts");
            var labelsBefore = Scalar("SELECT count(*) FROM labels");
            var deleted = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (category, cutoff) in cutoffs.PostsByCategory.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                var where = "coalesce(category, 'unanalysed') = $c AND collected_at < $cut";
                var n = Scalar(dryRun ? $"SELECT count(*) FROM posts WHERE {where}" : $"DELETE FROM posts WHERE {where}",
                    ("$c", category), ("$cut", cutoff.ToUnixTimeMilliseconds()));
                deleted[category] = n;
            }

            var seenCut = cutoffs.MinimisedIdentities.ToUnixTimeMilliseconds();
            var seen = Scalar(dryRun ? "SELECT count(*) FROM minimised_seen WHERE seen_at < $cut" : "DELETE FROM minimised_seen WHERE seen_at < $cut", ("$cut", seenCut));
            long labels;
            if (dryRun)
            {
                var labelWhere = string.Join(" OR ", cutoffs.PostsByCategory.Select((_, i) => $"(coalesce(p.category, 'unanalysed') = $c{i} AND p.collected_at < $t{i})"));
                var parameters = cutoffs.PostsByCategory.SelectMany((c, i) => new[] { ($"$c{i}", (object)c.Key), ($"$t{i}", c.Value.ToUnixTimeMilliseconds()) }).ToArray();
                labels = labelWhere.Length == 0 ? 0 : Scalar($"SELECT count(*) FROM labels l JOIN posts p ON p.id = l.post_id WHERE {labelWhere}", parameters);
            }
            else
            {
                labels = labelsBefore - Scalar("SELECT count(*) FROM labels");
            }

            var after = dryRun ? before - deleted.Values.Sum() : Scalar("SELECT count(*) FROM posts");
            if (dryRun)
            {
                transaction.Rollback();
                return new PurgeReport(deleted, labels, seen, before, after, DryRun: true);
            }

            transaction.Commit();
            using (var command = _writer.CreateCommand())
            {
                // Merge the index so deleted posts' words leave it; rebuild the file so no freed page keeps
                // old bytes (secure_delete alone misses pages freed whole in WAL mode); empty the WAL.
                command.CommandText = "INSERT INTO posts_fts (posts_fts) VALUES ('optimize');" +
                    (deleted.Values.Sum() + seen > 0 ? " VACUUM;" : "") + " PRAGMA wal_checkpoint(TRUNCATE);";
                command.ExecuteNonQuery();
            }

            return new PurgeReport(deleted, labels, seen, before, after, DryRun: false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private void ThrowIfReadOnly()
    {
        if (_options.ReadOnly)
        {
            throw new StoreException(new StoreError(StoreErrorKind.ReadOnly, Path,
                $"The store '{Path}' was opened read-only. Open it for writing to change it."));
        }
    }

    private async Task<T> WriteLockedAsync<T>(Func<T> write, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return write();
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
