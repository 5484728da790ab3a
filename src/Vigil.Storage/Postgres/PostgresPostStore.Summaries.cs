using Npgsql;
using Vigil.Core.Posts;
using Vigil.Storage.Summaries;

namespace Vigil.Storage.Postgres;

/// <summary>The dashboard summaries of the PostgreSQL store (migration 0005): facts written with each post, aggregates kept by triggers.</summary>
public sealed partial class PostgresPostStore
{
    private const int BackfillChunk = 5000;

    // A lock id for "building Vigil's summaries", so two workers opening an older store build them once.
    private const long BackfillLock = 7146921338;

    /// <summary>Posts whose summary facts were built on opening (a store written by an older Vigil); 0 otherwise.</summary>
    public long SummariesBuilt { get; private set; }

    /// <summary>Writes the facts (and prices) of posts just inserted; the triggers count them. Prices first: the post_facts trigger reads them.</summary>
    private static async Task InsertFactsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(long Id, PostFacts Facts)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var priced = rows.SelectMany(r => r.Facts.Prices.Select(p => (r.Id, p))).ToList();
        if (priced.Count > 0)
        {
            await using var prices = new NpgsqlCommand(
                "INSERT INTO post_prices (post_id, currency, amount) SELECT * FROM unnest($1::bigint[], $2::text[], $3::numeric[])", connection, transaction);
            prices.Parameters.Add(new NpgsqlParameter { Value = priced.Select(p => p.Id).ToArray() });
            prices.Parameters.Add(new NpgsqlParameter { Value = priced.Select(p => p.p.Currency).ToArray() });
            prices.Parameters.Add(new NpgsqlParameter { Value = priced.Select(p => p.p.Amount).ToArray() });
            await prices.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await InsertLinksAsync(connection, transaction, rows.Select(r => (r.Id, r.Facts.Links)), cancellationToken).ConfigureAwait(false);
        await using var facts = new NpgsqlCommand(
            "INSERT INTO post_facts (post_id, week, category, lang, platform, route) " +
            "SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) ORDER BY 1", connection, transaction);
        facts.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Id).ToArray() });
        facts.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Facts.Week).ToArray() });
        facts.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Facts.Category).ToArray() });
        facts.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Facts.Lang).ToArray() });
        facts.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Facts.Platform).ToArray() });
        facts.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Facts.Route).ToArray() });
        await facts.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertLinksAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<(long Id, IReadOnlyList<string> Links)> posts, CancellationToken cancellationToken)
    {
        var links = posts.SelectMany(p => p.Links.Select((link, i) => (p.Id, Ord: i, Link: link))).ToList();
        if (links.Count == 0)
        {
            return;
        }

        await using var insert = new NpgsqlCommand(
            "INSERT INTO post_links (post_id, ord, link) SELECT * FROM unnest($1::bigint[], $2::integer[], $3::text[])", connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter { Value = links.Select(l => l.Id).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = links.Select(l => l.Ord).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = links.Select(l => l.Link).ToArray() });
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the links of the posts stored before migration 0006 (whose facts were built without them), in
    /// chunks, recording progress in <c>summary_state 'links_done'</c> in the same transaction: resumable. Runs
    /// under the backfill lock.
    /// </summary>
    private static async Task BuildLinksAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await LockWritersAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var below = await SummaryStateAsync(connection, cancellationToken, "links_below").ConfigureAwait(false);
            var done = await SummaryStateAsync(connection, cancellationToken, "links_done").ConfigureAwait(false);
            if (done >= below)
            {
                return;
            }

            var chunk = new List<(long Id, IReadOnlyList<string> Links)>(BackfillChunk);
            await using (var read = new NpgsqlCommand($"SELECT {Columns}, p.id FROM posts p WHERE p.id >= $1 AND p.id < $2 ORDER BY p.id LIMIT $3", connection, transaction))
            {
                read.Parameters.Add(new NpgsqlParameter { Value = done });
                read.Parameters.Add(new NpgsqlParameter { Value = below });
                read.Parameters.Add(new NpgsqlParameter { Value = BackfillChunk });
                await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    chunk.Add((reader.GetInt64(ColumnCount), PostFacts.Of(Read(reader)).Links));
                }
            }

            await InsertLinksAsync(connection, transaction, chunk, cancellationToken).ConfigureAwait(false);
            await using (var progress = new NpgsqlCommand("UPDATE summary_state SET value = $1 WHERE name = 'links_done'", connection, transaction))
            {
                progress.Parameters.Add(new NpgsqlParameter { Value = chunk.Count == BackfillChunk ? chunk[^1].Id + 1 : below });
                await progress.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Builds the facts of every post that has none (a store written before migration 0005), in chunks of
    /// <see cref="BackfillChunk"/> posts, one transaction each, under an advisory lock; then marks the summaries built.
    /// </summary>
    private static async Task<long> BuildSummariesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (await SummaryStateAsync(connection, cancellationToken).ConfigureAwait(false) != 0
            && await SummaryStateAsync(connection, cancellationToken, "links_done").ConfigureAwait(false) >= await SummaryStateAsync(connection, cancellationToken, "links_below").ConfigureAwait(false))
        {
            return 0;
        }

        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({BackfillLock})", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            long built = 0;
            var last = 0L;
            while (await SummaryStateAsync(connection, cancellationToken).ConfigureAwait(false) == 0)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await LockWritersAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                var chunk = new List<(long Id, PostFacts Facts)>(BackfillChunk);
                await using (var read = new NpgsqlCommand(
                    $"SELECT {Columns}, p.id FROM posts p WHERE p.id > $1 AND NOT EXISTS (SELECT 1 FROM post_facts f WHERE f.post_id = p.id) ORDER BY p.id LIMIT $2",
                    connection, transaction))
                {
                    read.Parameters.Add(new NpgsqlParameter { Value = last });
                    read.Parameters.Add(new NpgsqlParameter { Value = BackfillChunk });
                    await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        chunk.Add((reader.GetInt64(ColumnCount), PostFacts.Of(Read(reader))));
                    }
                }

                if (chunk.Count == 0)
                {
                    await using var done = new NpgsqlCommand("UPDATE summary_state SET value = 1 WHERE name = 'facts'", connection, transaction);
                    await done.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await InsertFactsAsync(connection, transaction, chunk, cancellationToken).ConfigureAwait(false);
                    built += chunk.Count;
                    last = chunk[^1].Id;
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            await BuildLinksAsync(connection, cancellationToken).ConfigureAwait(false);
            return built;
        }
        finally
        {
            await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({BackfillLock})", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<long> SummaryStateAsync(NpgsqlConnection connection, CancellationToken cancellationToken, string name = "facts")
    {
        await using var command = new NpgsqlCommand("SELECT value FROM summary_state WHERE name = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long value ? value : 0;
    }

    /// <inheritdoc />
    public Task<long> SummaryChangesAsync(CancellationToken cancellationToken) => ReadAsync(async connection =>
    {
        await using var command = new NpgsqlCommand("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM vigil_summary_changes", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<DedupInput> FlaggedForDedupAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT p.platform, p.native_id, p.author, f.lang, coalesce(p.created_at, p.collected_at), f.category, p.text, " +
            "(SELECT string_agg(link, chr(31) ORDER BY ord) FROM post_links l WHERE l.post_id = f.post_id) " +
            "FROM post_facts f JOIN posts p ON p.id = f.post_id " +
            "WHERE f.category IN ('smuggling_offer', 'document_fraud', 'facilitator_recruitment', 'guidance_info') ORDER BY f.post_id",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return DedupInput.Read(reader, new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero));
        }
    }

    /// <inheritdoc />
    public Task<TrendSummary> TrendSummaryAsync(CancellationToken cancellationToken) => ReadAsync(async connection =>
    {
        if (await SummaryStateAsync(connection, cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new StoreException(new StoreError(StoreErrorKind.ReadOnly, Name,
                $"The store {Name} was written by an older Vigil and its summaries are not built yet. Open it once with a user that may write to build them."));
        }

        return new TrendSummary(
            await ReadRowsAsync(connection, "SELECT week, dimension, series, posts FROM trend_counts WHERE posts > 0",
                r => new SummaryCount(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3)), cancellationToken).ConfigureAwait(false),
            await ReadRowsAsync(connection, "SELECT route, week, category, adverts FROM route_weeks WHERE adverts > 0",
                r => new RouteWeekCount(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3)), cancellationToken).ConfigureAwait(false),
            await ReadRowsAsync(connection, "SELECT week, route, currency, category, amount, prices FROM route_prices WHERE prices > 0",
                r => new PriceBin(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDecimal(4), r.GetInt64(5)), cancellationToken).ConfigureAwait(false),
            await ReadRowsAsync(connection, "SELECT week, route, currency, category, adverts FROM route_price_adverts WHERE adverts > 0",
                r => new PriceAdverts(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4)), cancellationToken).ConfigureAwait(false));
    }, cancellationToken);

    private static async Task<List<T>> ReadRowsAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
