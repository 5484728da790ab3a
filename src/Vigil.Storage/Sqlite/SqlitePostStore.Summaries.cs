using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Core.Posts;
using Vigil.Storage.Summaries;

namespace Vigil.Storage.Sqlite;

/// <summary>The dashboard summaries of the SQLite store (migration 0006): facts written with each post, aggregates kept by triggers.</summary>
public sealed partial class SqlitePostStore
{
    private const int BackfillChunk = 5000;

    private SqliteCommand? _insertFacts;
    private SqliteCommand? _insertPrice;
    private SqliteCommand? _insertLink;

    private const string FlaggedCategories = "('smuggling_offer', 'document_fraud', 'facilitator_recruitment', 'guidance_info')";

    /// <summary>Writes the facts (and prices) of a post just inserted with row id <paramref name="id"/>; the triggers count it.</summary>
    private void InsertFacts(SqliteTransaction transaction, long id, PostFacts facts)
    {
        var price = _insertPrice ??= Prepare(_writer, "INSERT INTO post_prices (post_id, currency, amount) VALUES ($id, $currency, $amount)", "$id", "$currency", "$amount");
        var insert = _insertFacts ??= Prepare(_writer, "INSERT INTO post_facts (post_id, week, category, lang, platform, route) VALUES ($id, $week, $category, $lang, $platform, $route)",
            "$id", "$week", "$category", "$lang", "$platform", "$route");
        price.Transaction = transaction;
        insert.Transaction = transaction;

        // Prices first: the post_facts trigger reads them.
        foreach (var p in facts.Prices)
        {
            price.Parameters[0].Value = id;
            price.Parameters[1].Value = p.Currency;
            price.Parameters[2].Value = p.Amount.ToString(CultureInfo.InvariantCulture);
            price.ExecuteNonQuery();
        }

        InsertLinks(transaction, id, facts.Links);
        insert.Parameters[0].Value = id;
        insert.Parameters[1].Value = facts.Week;
        insert.Parameters[2].Value = facts.Category;
        insert.Parameters[3].Value = facts.Lang;
        insert.Parameters[4].Value = facts.Platform;
        insert.Parameters[5].Value = (object?)facts.Route ?? DBNull.Value;
        insert.ExecuteNonQuery();
    }

    private void InsertLinks(SqliteTransaction transaction, long id, IReadOnlyList<string> links)
    {
        var link = _insertLink ??= Prepare(_writer, "INSERT INTO post_links (post_id, ord, link) VALUES ($id, $ord, $link)", "$id", "$ord", "$link");
        link.Transaction = transaction;
        for (var i = 0; i < links.Count; i++)
        {
            link.Parameters[0].Value = id;
            link.Parameters[1].Value = i;
            link.Parameters[2].Value = links[i];
            link.ExecuteNonQuery();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    /// <summary>
    /// Builds the facts of every post that has none (a store written before migration 0006), in chunks of
    /// <see cref="BackfillChunk"/> posts, each chunk one transaction; then marks the summaries built. Safe to
    /// interrupt and to run from two processes: a chunk only takes posts still without facts.
    /// </summary>
    /// <returns>The number of posts whose facts were built.</returns>
    private long BuildSummaries(CancellationToken cancellationToken)
    {
        var built = SummaryState(_writer, null) == 0 ? BuildFacts(cancellationToken) : 0;
        BuildLinks(cancellationToken);
        return built;
    }

    /// <summary>
    /// Writes the links of the posts stored before migration 0007 (whose facts were built without them), in
    /// chunks, recording progress in <c>summary_state 'links_done'</c> in the same transaction: resumable.
    /// </summary>
    private void BuildLinks(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var transaction = _writer.BeginTransaction(deferred: false);
            var below = SummaryState(_writer, transaction, "links_below");
            var done = SummaryState(_writer, transaction, "links_done");
            if (done >= below)
            {
                return;
            }

            var chunk = new List<(long Id, StoredPost Post)>(BackfillChunk);
            using (var read = _writer.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = $"SELECT {SqlitePostRows.Columns}, p.id FROM posts p WHERE p.id >= $done AND p.id < $below ORDER BY p.id LIMIT $n";
                read.Parameters.AddWithValue("$done", done);
                read.Parameters.AddWithValue("$below", below);
                read.Parameters.AddWithValue("$n", BackfillChunk);
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    chunk.Add((reader.GetInt64(SqlitePostRows.ColumnCount), SqlitePostRows.Read(reader)));
                }
            }

            foreach (var (id, post) in chunk)
            {
                InsertLinks(transaction, id, PostFacts.Of(post).Links);
            }

            using (var progress = _writer.CreateCommand())
            {
                progress.Transaction = transaction;
                progress.CommandText = "UPDATE summary_state SET value = $v WHERE name = 'links_done'";
                progress.Parameters.AddWithValue("$v", chunk.Count == BackfillChunk ? chunk[^1].Id + 1 : below);
                progress.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private long BuildFacts(CancellationToken cancellationToken)
    {

        long built = 0;
        var last = 0L;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var transaction = _writer.BeginTransaction(deferred: false);
            var chunk = new List<(long Id, StoredPost Post)>(BackfillChunk);
            using (var read = _writer.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = $"SELECT {SqlitePostRows.Columns}, p.id FROM posts p WHERE p.id > $last " +
                    "AND NOT EXISTS (SELECT 1 FROM post_facts f WHERE f.post_id = p.id) ORDER BY p.id LIMIT $n";
                read.Parameters.AddWithValue("$last", last);
                read.Parameters.AddWithValue("$n", BackfillChunk);
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    chunk.Add((reader.GetInt64(SqlitePostRows.ColumnCount), SqlitePostRows.Read(reader)));
                }
            }

            if (chunk.Count == 0)
            {
                using var done = _writer.CreateCommand();
                done.Transaction = transaction;
                done.CommandText = "UPDATE summary_state SET value = 1 WHERE name = 'facts'";
                done.ExecuteNonQuery();
                transaction.Commit();
                return built;
            }

            foreach (var (id, post) in chunk)
            {
                InsertFacts(transaction, id, PostFacts.Of(post));
            }

            transaction.Commit();
            built += chunk.Count;
            last = chunk[^1].Id;
        }
    }

    private static long SummaryState(SqliteConnection connection, SqliteTransaction? transaction, string name = "facts")
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM summary_state WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteScalar() is long value ? value : 0;
    }

    /// <inheritdoc />
    public Task<long> SummaryChangesAsync(CancellationToken cancellationToken) =>
        ReadAsync(connection => SummaryState(connection, null, "changes"), cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<DedupInput> FlaggedForDedupAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        Configure(connection, primary: false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.platform, p.native_id, p.author, f.lang, coalesce(p.created_at, p.collected_at), f.category, p.text,
                (SELECT group_concat(link, char(31)) FROM (SELECT link FROM post_links l WHERE l.post_id = f.post_id ORDER BY l.ord))
            FROM post_facts f JOIN posts p ON p.id = f.post_id
            WHERE f.category IN {FlaggedCategories}
            ORDER BY f.post_id
            """;
        var reader = await ExecuteReaderAsync(command, cancellationToken).ConfigureAwait(false);
        await using (reader)
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return DedupInput.Read(reader, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));
            }
        }
    }

    /// <inheritdoc />
    public Task<TrendSummary> TrendSummaryAsync(CancellationToken cancellationToken) => ReadAsync(connection =>
    {
        if (SummaryState(connection, null) == 0)
        {
            throw new StoreException(new StoreError(StoreErrorKind.ReadOnly, Path,
                $"The store '{Path}' was written by an older Vigil and its summaries are not built yet. Open it once for writing (e.g. run 'vigil watch list --store {Path}', or start 'vigil serve' on it) to build them."));
        }

        var counts = ReadRows(connection, "SELECT week, dimension, series, posts FROM trend_counts WHERE posts > 0",
            r => new SummaryCount(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3)));
        var routes = ReadRows(connection, "SELECT route, week, category, adverts FROM route_weeks WHERE adverts > 0",
            r => new RouteWeekCount(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3)));
        var prices = ReadRows(connection, "SELECT week, route, currency, category, amount, prices FROM route_prices WHERE prices > 0",
            r => new PriceBin(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), decimal.Parse(r.GetString(4), NumberStyles.Number, CultureInfo.InvariantCulture), r.GetInt64(5)));
        var adverts = ReadRows(connection, "SELECT week, route, currency, category, adverts FROM route_price_adverts WHERE adverts > 0",
            r => new PriceAdverts(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4)));
        return new TrendSummary(counts, routes, prices, adverts);
    }, cancellationToken);

    private static List<T> ReadRows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
