using System.Text;
using Npgsql;
using Vigil.Core.Analysis;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;
using Vigil.Storage.Migrations;
using Vigil.Storage.Search;
using Vigil.Storage.Serialization;
using Vigil.Storage.Summaries;

namespace Vigil.Storage.Postgres;

/// <summary>
/// The team store: the same posts, queries and guarantees as <see cref="Sqlite.SqlitePostStore"/> on a
/// PostgreSQL server, so several analysts and stateless workers share one database. Full-text search
/// indexes <c>to_tsvector('simple', …)</c> of the folded words, with a GIN index.
/// </summary>
/// <remarks>
/// Thread-safe; each call takes a pooled connection. A batch is one statement in one transaction: all
/// or nothing. The database must be UTF-8 with a UTF-8 character classification (e.g. C.UTF-8), which
/// <see cref="OpenAsync"/> checks, because PostgreSQL's word parser relies on it for Arabic and Cyrillic.
/// The store keeps exactly what it is given — in strategic mode pseudonymised text and identifiers only.
/// </remarks>
public sealed partial class PostgresPostStore : IStore
{
    private const string Columns =
        "p.platform, p.native_id, p.source, p.author, p.text, p.lang_hint, p.created_at, p.collected_at, p.url, " +
        "p.views, p.likes, p.shares, p.replies, p.media_count, p.reply_to, p.forwarded_from, " +
        "p.lang, p.lang_confidence, p.romanized, p.category, p.confidence, p.scores::text, p.indicators::text, p.explanation::text, p.operation_id";

    private const int ColumnCount = 25;

    private const string InsertSql =
        "INSERT INTO posts (platform, native_id, source, author, text, lang_hint, created_at, collected_at, url, views, likes, shares, replies, " +
        "media_count, reply_to, forwarded_from, lang, lang_confidence, romanized, category, confidence, scores, indicators, explanation, operation_id, search) " +
        "SELECT t.platform, t.native_id, t.source, t.author, t.text, t.lang_hint, t.created_at, t.collected_at, t.url, t.views, t.likes, t.shares, t.replies, " +
        "t.media_count, t.reply_to, t.forwarded_from, t.lang, t.lang_confidence, t.romanized, t.category, t.confidence, t.scores::jsonb, t.indicators::jsonb, " +
        "t.explanation::jsonb, t.operation_id, to_tsvector('simple', t.body) " +
        "FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::text[], " +
        "$10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[], $14::integer[], $15::text[], $16::text[], $17::text[], $18::float8[], $19::boolean[], " +
        "$20::text[], $21::float8[], $22::text[], $23::text[], $24::text[], $25::text[], $26::text[]) WITH ORDINALITY " +
        "AS t(platform, native_id, source, author, text, lang_hint, created_at, collected_at, url, views, likes, shares, replies, media_count, reply_to, " +
        "forwarded_from, lang, lang_confidence, romanized, category, confidence, scores, indicators, explanation, operation_id, body, ord) " +
        "ORDER BY t.ord ON CONFLICT (platform, native_id) DO NOTHING RETURNING id, platform, native_id";

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;

    private PostgresPostStore(NpgsqlDataSource dataSource, string name, TimeProvider clock)
    {
        _dataSource = dataSource;
        Name = name;
        _clock = clock;
    }

    /// <summary>The server and database, without credentials (for messages).</summary>
    public string Name { get; }

    /// <summary>Schema version of the store after opening.</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>Migrations shipped for PostgreSQL, by ascending version.</summary>
    internal static IReadOnlyList<Migration> Migrations { get; } = MigrationSet.Load("postgres");

    /// <summary>Connects, checks the database is UTF-8, and migrates it to the newest schema.</summary>
    /// <param name="connectionString">An Npgsql connection string (Host=…;Database=…;Username=…). The password never appears in messages.</param>
    /// <param name="options">Clock for the migration log.</param>
    /// <param name="cancellationToken">Cancels connecting and migrating.</param>
    /// <exception cref="StoreException">The server cannot be reached, refuses the login, the database is missing or not UTF-8, or its schema is newer.</exception>
    public static async Task<PostgresPostStore> OpenAsync(string connectionString, PostgresStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= PostgresStoreOptions.Default;
        string name;
        try
        {
            name = PostgresErrors.Describe(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException(new StoreError(StoreErrorKind.CannotOpen, "postgresql",
                "The PostgreSQL connection string is malformed. Write it as 'Host=…;Port=5432;Database=…;Username=…;Password=…'."), e);
        }

        var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new PostgresPostStore(dataSource, name, options.Clock);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await CheckEncodingAsync(connection, name, cancellationToken).ConfigureAwait(false);
            store.SchemaVersion = await MigrateAsync(connection, name, options.Clock, Migrations, cancellationToken).ConfigureAwait(false);
            store.SummariesBuilt = await BuildSummariesAsync(connection, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (Exception e) when (PostgresErrors.IsEnvironmental(e))
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw PostgresErrors.Map(e, name);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task CheckEncodingAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_encoding_to_char(encoding), datctype FROM pg_database WHERE datname = current_database()", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var encoding = reader.GetString(0);
        var ctype = reader.GetString(1);
        var utf8 = ctype.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || ctype.Contains("utf8", StringComparison.OrdinalIgnoreCase);
        if (encoding != "UTF8" || !utf8)
        {
            throw new StoreException(new StoreError(StoreErrorKind.CannotOpen, name,
                $"The database of {name} uses encoding {encoding} with character type '{ctype}'; Vigil needs UTF-8 for both so that Arabic, Persian and Cyrillic words are searchable. " +
                "Create the database with: CREATE DATABASE vigil TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'."));
        }
    }

    /// <summary>Applies missing migrations under an advisory lock, so concurrent workers migrate once.</summary>
    internal static async Task<int> MigrateAsync(NpgsqlConnection connection, string name, TimeProvider clock, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        var latest = migrations[^1].Version;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // One lock id for "Vigil schema"; released at commit or rollback.
        await Execute(connection, transaction, "SELECT pg_advisory_xact_lock(7146921337)", cancellationToken).ConfigureAwait(false);
        int current;
        await using (var read = new NpgsqlCommand(
            "SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN -1 ELSE 0 END", connection, transaction))
        {
            current = (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        if (current == -1)
        {
            // Only a store that needs migrating is written to: a read-only user or replica can open an up-to-date one.
            await Execute(connection, transaction,
                "CREATE TABLE schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)", cancellationToken).ConfigureAwait(false);
            current = 0;
        }
        else
        {
            await using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection, transaction);
            current = (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        if (current > latest)
        {
            throw new StoreException(new StoreError(StoreErrorKind.NewerSchema, name,
                $"The store {name} has schema version {current}, written by a newer Vigil; this Vigil knows versions up to {latest}. Upgrade Vigil to use this store."));
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await Execute(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
            record.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow().UtcDateTime });
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Math.Max(current, latest);
    }

    /// <summary>
    /// Serialises the transactions that change posts or the summaries kept from them (writes, minimised counts,
    /// purges, backfills) until they commit or roll back. Every write updates the same few summary rows (this
    /// week's counts), whose row locks already serialise writers in practice; without one lock taken first, two
    /// writers reach those rows, or overlapping post keys, in different orders and PostgreSQL aborts one of
    /// them as a deadlock (seen with two import workers). Readers never take it.
    /// </summary>
    internal static Task LockWritersAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        Execute(connection, transaction, "SELECT pg_advisory_xact_lock(7146921338)", cancellationToken);

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<WriteCounts> WriteAsync(IReadOnlyList<StoredPost> batch, CancellationToken cancellationToken) =>
        WriteCoreAsync(batch, null, cancellationToken);

    private async ValueTask<WriteCounts> WriteCoreAsync(IReadOnlyList<StoredPost> batch, Core.Collection.WatchCursor? cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0 && cursor is null)
        {
            return default;
        }

        var n = batch.Count;
        var platform = new string[n];
        var nativeId = new string[n];
        var source = new string?[n];
        var author = new string?[n];
        var text = new string[n];
        var langHint = new string?[n];
        var createdAt = new DateTime?[n];
        var collectedAt = new DateTime[n];
        var url = new string?[n];
        var views = new long?[n];
        var likes = new long?[n];
        var shares = new long?[n];
        var replies = new long?[n];
        var mediaCount = new int[n];
        var replyTo = new string?[n];
        var forwardedFrom = new string?[n];
        var lang = new string?[n];
        var langConfidence = new double?[n];
        var romanized = new bool?[n];
        var category = new string?[n];
        var confidence = new double?[n];
        var scores = new string?[n];
        var indicators = new string?[n];
        var explanation = new string?[n];
        var operationId = new string?[n];
        var body = new string[n];
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var post = batch[i];
            var a = post.Analysis;
            platform[i] = post.Key.Platform;
            nativeId[i] = post.Key.NativeId;
            source[i] = post.Source;
            author[i] = post.Author;
            text[i] = post.Text;
            langHint[i] = post.LangHint;
            createdAt[i] = post.CreatedAt?.UtcDateTime;
            collectedAt[i] = post.CollectedAt.UtcDateTime;
            url[i] = post.Url;
            views[i] = post.Engagement.Views;
            likes[i] = post.Engagement.Likes;
            shares[i] = post.Engagement.Shares;
            replies[i] = post.Engagement.Replies;
            mediaCount[i] = post.MediaCount;
            replyTo[i] = post.ReplyTo;
            forwardedFrom[i] = post.ForwardedFrom;
            lang[i] = a?.Language.Code;
            langConfidence[i] = a?.Language.Confidence;
            romanized[i] = a?.Language.Romanized;
            category[i] = a?.Category.ToWire();
            confidence[i] = a?.Confidence;
            scores[i] = a is null ? null : AnalysisJson.Scores(a.Scores);
            indicators[i] = a is null ? null : AnalysisJson.Indicators(a.Indicators);
            explanation[i] = a is null ? null : AnalysisJson.Explanation(a.Explanation);
            operationId[i] = post.OperationId;
            body[i] = SearchText.ForIndex(post.Text);
        }

        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await LockWritersAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(InsertSql, connection, transaction);
            object[] arrays =
            [
                platform, nativeId, source, author, text, langHint, createdAt, collectedAt, url, views, likes, shares, replies,
                mediaCount, replyTo, forwardedFrom, lang, langConfidence, romanized, category, confidence, scores, indicators, explanation, operationId, body,
            ];
            foreach (var array in arrays)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = array });
            }

            var inserted = new Dictionary<PostKey, long>();
            if (n > 0)
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    inserted[new PostKey(reader.GetString(1), reader.GetString(2))] = reader.GetInt64(0);
                }
            }

            // A key twice in one batch is inserted once: the facts are those of its first occurrence, as the row is.
            var facts = new List<(long Id, PostFacts Facts)>(inserted.Count);
            foreach (var post in batch)
            {
                if (inserted.Remove(post.Key, out var id))
                {
                    facts.Add((id, PostFacts.Of(post)));
                }
            }

            await InsertFactsAsync(connection, transaction, facts, cancellationToken).ConfigureAwait(false);
            var stored = facts.Count;
            if (cursor is { } moved)
            {
                await MoveCursorAsync(connection, transaction, moved, cancellationToken).ConfigureAwait(false);
            }

            // Without this commit the posts and the cursor are rolled back together.
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new WriteCounts(stored, n - stored);
        }
        catch (Exception e) when (PostgresErrors.IsEnvironmental(e))
        {
            throw PostgresErrors.Map(e, Name);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, SearchFilters? filters, CancellationToken cancellationToken)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || limit <= 0)
        {
            return [];
        }

        limit = Math.Min(limit, 1000);
        filters ??= SearchFilters.None;
        return await ReadAsync(async connection =>
        {
            await using var command = new NpgsqlCommand { Connection = connection };
            var tsquery = new StringBuilder();
            foreach (var term in parsed.Positive)
            {
                tsquery.Append(tsquery.Length == 0 ? "" : " && ").Append(TermQuery(command, term));
            }

            foreach (var term in parsed.Excluded)
            {
                tsquery.Append(" && !!").Append(TermQuery(command, term));
            }

            var where = new List<string> { "p.search @@ x.q" };
            AddFilters(command, filters, where);
            command.Parameters.Add(new NpgsqlParameter { Value = Math.Max(Sqlite.SqlitePostStore.RankingWindow, limit) });
            var window = command.Parameters.Count;
            command.Parameters.Add(new NpgsqlParameter { Value = limit });

            // As in SQLite: rank only the most recently stored matches, so common words stay fast.
            command.CommandText =
                $"SELECT {Columns}, ts_rank(p.search, x.q) AS rank FROM (" +
                $"SELECT p.id FROM posts p, (SELECT {tsquery}) AS x(q) WHERE {string.Join(" AND ", where)} ORDER BY p.id DESC LIMIT ${window}) c " +
                $"JOIN posts p ON p.id = c.id, (SELECT {tsquery}) AS x(q) ORDER BY rank DESC, p.id DESC LIMIT ${command.Parameters.Count}";
            var hits = new List<SearchHit>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var post = Read(reader);
                hits.Add(new SearchHit(post, () => Snippets.Make(post.Text, parsed), reader.GetFloat(ColumnCount)));
            }

            return (IReadOnlyList<SearchHit>)hits;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One term as a tsquery built by PostgreSQL from a parameter, so the words go through the same
    /// parser as the indexed text and no input can change the query's structure.
    /// </summary>
    private static string TermQuery(NpgsqlCommand command, QueryTerm term)
    {
        if (term.Prefix)
        {
            // Words hold only letters, digits and marks: nothing that tsquery syntax would interpret.
            var phrase = string.Join(" <-> ", term.Words.Select(w => $"'{w}'")) + ":*";
            command.Parameters.Add(new NpgsqlParameter { Value = phrase });
            return $"to_tsquery('simple', ${command.Parameters.Count})";
        }

        command.Parameters.Add(new NpgsqlParameter { Value = string.Join(' ', term.Words) });
        return $"phraseto_tsquery('simple', ${command.Parameters.Count})";
    }

    private static void AddFilters(NpgsqlCommand command, SearchFilters filters, List<string> where)
    {
        void Add(string column, string op, object value)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
            where.Add($"p.{column} {op} ${command.Parameters.Count}");
        }

        if (filters.Platform is not null)
        {
            Add("platform", "=", filters.Platform);
        }

        if (filters.Source is not null)
        {
            Add("source", "=", filters.Source);
        }

        if (filters.Lang is not null)
        {
            Add("lang", "=", filters.Lang);
        }

        if (filters.Category is { } category)
        {
            Add("category", "=", category.ToWire());
        }

        if (filters.MinConfidence is { } min)
        {
            Add("confidence", ">=", min);
        }

        if (filters.From is { } from)
        {
            Add("created_at", ">=", from.UtcDateTime);
        }

        if (filters.Until is { } until)
        {
            Add("created_at", "<", until.UtcDateTime);
        }
    }

    /// <inheritdoc />
    public Task<StoreStats> StatsAsync(CancellationToken cancellationToken) => ReadAsync(async connection =>
    {
        const string day = "to_char(coalesce(created_at, collected_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD')";
        return new StoreStats(
            await CountAsync(connection, cancellationToken).ConfigureAwait(false),
            await CountBy(connection, "SELECT platform, count(*) FROM posts GROUP BY 1 ORDER BY 2 DESC, 1", cancellationToken).ConfigureAwait(false),
            await CountBy(connection, $"SELECT coalesce(source, '(none)'), count(*) FROM posts GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {StoreStats.TopSources}", cancellationToken).ConfigureAwait(false),
            await CountBy(connection, "SELECT coalesce(lang, lang_hint, 'und'), count(*) FROM posts GROUP BY 1 ORDER BY 2 DESC, 1", cancellationToken).ConfigureAwait(false),
            await CountBy(connection, $"SELECT {day}, count(*) FROM posts GROUP BY 1 ORDER BY 1", cancellationToken).ConfigureAwait(false),
            await CountBy(connection, "SELECT coalesce(category, 'unanalysed'), count(*) FROM posts GROUP BY 1 ORDER BY 2 DESC, 1", cancellationToken).ConfigureAwait(false));
    }, cancellationToken);

    private static async Task<IReadOnlyList<CountBy>> CountBy(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var counts = new List<CountBy>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // ORDER BY 1 in the C.UTF-8 collation sorts like ordinal comparison.
            counts.Add(new CountBy(reader.GetString(0), reader.GetInt64(1)));
        }

        return counts;
    }

    /// <inheritdoc />
    public Task<StoredPost?> GetAsync(PostKey key, CancellationToken cancellationToken) => ReadAsync(async connection =>
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM posts p WHERE platform = $1 AND native_id = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key.Platform });
        command.Parameters.Add(new NpgsqlParameter { Value = key.NativeId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredPost>> TriageAsync(int offset, int limit, CancellationToken cancellationToken) => ReadAsync<IReadOnlyList<StoredPost>>(async connection =>
    {
        // The expressions and the WHERE clause are those of the posts_triage index (migration 0004).
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {Columns} FROM posts p
            WHERE category IN ('smuggling_offer', 'document_fraud', 'facilitator_recruitment', 'guidance_info')
            ORDER BY ((coalesce(created_at, collected_at) AT TIME ZONE 'UTC')::date) DESC, confidence DESC NULLS LAST, platform, native_id
            LIMIT $1 OFFSET $2
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = Math.Max(0, limit) });
        command.Parameters.Add(new NpgsqlParameter { Value = Math.Max(0, offset) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var posts = new List<StoredPost>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            posts.Add(Read(reader));
        }

        return posts;
    }, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredPost> ScanAsync(SearchFilters? filters, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand { Connection = connection };
        var where = new List<string> { "TRUE" };
        AddFilters(command, filters ?? SearchFilters.None, where);
        command.CommandText = $"SELECT {Columns} FROM posts p WHERE {string.Join(" AND ", where)} ORDER BY p.id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return Read(reader);
        }
    }

    /// <inheritdoc />
    public Task<long> CountAsync(CancellationToken cancellationToken) => ReadAsync(c => CountAsync(c, cancellationToken), cancellationToken);

    private static async Task<long> CountAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM posts", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await read(connection).ConfigureAwait(false);
        }
        catch (Exception e) when (PostgresErrors.IsEnvironmental(e))
        {
            throw PostgresErrors.Map(e, Name);
        }
    }

    private static StoredPost Read(NpgsqlDataReader r)
    {
        PostAnalysis? analysis = null;
        if (!r.IsDBNull(19))
        {
            Categories.TryParse(r.GetString(19), out var category);
            analysis = new PostAnalysis
            {
                Language = new LanguageGuess(r.IsDBNull(16) ? "und" : r.GetString(16), r.IsDBNull(17) ? 0 : r.GetDouble(17), !r.IsDBNull(18) && r.GetBoolean(18)),
                Category = category,
                Confidence = r.IsDBNull(20) ? 0 : r.GetDouble(20),
                Scores = AnalysisJson.ParseScores(Str(r, 21)),
                Indicators = AnalysisJson.ParseIndicators(Str(r, 22)),
                Explanation = AnalysisJson.ParseExplanation(Str(r, 23)),
            };
        }

        return new StoredPost
        {
            Key = new PostKey(r.GetString(0), r.GetString(1)),
            Source = Str(r, 2),
            Author = Str(r, 3),
            Text = r.GetString(4),
            LangHint = Str(r, 5),
            CreatedAt = r.IsDBNull(6) ? null : new DateTimeOffset(r.GetDateTime(6), TimeSpan.Zero),
            CollectedAt = new DateTimeOffset(r.GetDateTime(7), TimeSpan.Zero),
            Url = Str(r, 8),
            Engagement = new Engagement(Long(r, 9), Long(r, 10), Long(r, 11), Long(r, 12)),
            MediaCount = r.GetInt32(13),
            ReplyTo = Str(r, 14),
            ForwardedFrom = Str(r, 15),
            Analysis = analysis,
            OperationId = Str(r, 24),
        };
    }

    private static string? Str(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long? Long(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    /// <summary>Closes the connection pool of this store.</summary>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
