using Microsoft.Data.Sqlite;
using Vigil.Core.Analysis;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;
using Vigil.Storage.Search;
using Vigil.Storage.Summaries;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with an FTS5 index over the folded text.
/// Writes go through one connection with prepared commands, one transaction per batch; reads use
/// their own pooled connections, so searches run while an import is writing.
/// </summary>
/// <remarks>
/// Thread-safe: concurrent <see cref="WriteAsync(IReadOnlyList{StoredPost}, CancellationToken)"/> calls are serialised. A batch is all or nothing:
/// a failure or cancellation mid-batch rolls it back and leaves earlier batches intact. The store keeps
/// exactly what it is given — in strategic mode pseudonymised text and identifiers only.
/// </remarks>
public sealed partial class SqlitePostStore : IStore
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SqliteConnection _writer;
    private readonly string _connectionString;
    private readonly SqliteStoreOptions _options;
    private SqliteCommand? _insertPost;
    private SqliteCommand? _insertFts;
    private bool _disposed;

    private SqlitePostStore(string path, string connectionString, SqliteConnection writer, SqliteStoreOptions options)
    {
        Path = path;
        _connectionString = connectionString;
        _writer = writer;
        _options = options;
    }

    /// <summary>How many of the most recently stored matches a search ranks by relevance (see <see cref="IPostStore.SearchAsync"/>).</summary>
    public const int RankingWindow = 1000;

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>Schema version of the store after opening.</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>Posts whose summary facts were built on opening (a store written by an older Vigil); 0 otherwise.</summary>
    public long SummariesBuilt { get; private set; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file (and its folder) if needed and
    /// migrating an older schema to the current one.
    /// </summary>
    /// <exception cref="StoreException">The file is not a database, is read-only, has a newer schema, or cannot be opened; the message says what to do.</exception>
    public static async Task<SqlitePostStore> OpenAsync(string path, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= SqliteStoreOptions.Default;
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StoreException(new StoreError(StoreErrorKind.CannotOpen, full,
                $"'{full}' is a folder. Pass --store with a file path, e.g. '{System.IO.Path.Combine(full, "vigil.db")}'."));
        }

        if (!options.ReadOnly)
        {
            var folder = System.IO.Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder))
            {
                try
                {
                    Directory.CreateDirectory(folder);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new StoreException(new StoreError(StoreErrorKind.CannotOpen, full,
                        $"Cannot create the folder '{folder}' for the store. Create it yourself or choose another path with --store."), e);
                }
            }
        }
        else if (!File.Exists(full))
        {
            throw new StoreException(new StoreError(StoreErrorKind.CannotOpen, full,
                $"There is no store at '{full}'. Import some posts first (vigil import), or pass --store with the path of an existing store."));
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
            Pooling = true,
        }.ToString();

        var writer = new SqliteConnection(connectionString);
        var store = new SqlitePostStore(full, connectionString, writer, options);
        try
        {
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            store.Configure(writer, primary: true);
            store.SchemaVersion = SqliteSchema.Migrate(writer, full, options.ReadOnly, options.Clock);
            if (!options.ReadOnly)
            {
                store.SummariesBuilt = store.BuildSummaries(cancellationToken);
            }

            return store;
        }
        catch (SqliteException e)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw SqliteErrors.Map(e, full);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Like <see cref="OpenAsync"/>, but returns the failure as a value.</summary>
    public static async Task<(SqlitePostStore? Store, StoreError? Error)> TryOpenAsync(string path, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await OpenAsync(path, options, cancellationToken).ConfigureAwait(false), null);
        }
        catch (StoreException e)
        {
            return (null, e.Error);
        }
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

        if (_options.ReadOnly)
        {
            throw new StoreException(new StoreError(StoreErrorKind.ReadOnly, Path,
                $"The store '{Path}' was opened read-only. Open it for writing to import posts."));
        }

        var prepared = Prepare(batch, cancellationToken);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return WriteBatch(batch, prepared, cursor, cancellationToken);
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

    /// <summary>Folds texts and serialises analyses for a batch, on all cores, before taking the write lock.</summary>
    private static SqlitePostRows.Prepared[] Prepare(IReadOnlyList<StoredPost> batch, CancellationToken cancellationToken)
    {
        var prepared = new SqlitePostRows.Prepared[batch.Count];
        if (batch.Count < 128)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                prepared[i] = SqlitePostRows.Prepared.Of(batch[i]);
            }

            return prepared;
        }

        try
        {
            Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => prepared[i] = SqlitePostRows.Prepared.Of(batch[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return prepared;
    }

    private WriteCounts WriteBatch(IReadOnlyList<StoredPost> batch, SqlitePostRows.Prepared[] prepared, Core.Collection.WatchCursor? cursor, CancellationToken cancellationToken)
    {
        using var transaction = _writer.BeginTransaction(deferred: false);
        var insertPost = _insertPost ??= SqlitePostRows.PrepareInsert(_writer);
        var insertFts = _insertFts ??= PrepareFtsInsert(_writer);
        insertPost.Transaction = transaction;
        insertFts.Transaction = transaction;

        // Rows first, then the index: interleaving the two statements makes FTS5 work twice as hard.
        var ids = new long[batch.Count];
        var stored = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SqlitePostRows.Bind(insertPost, batch[i], prepared[i]);
            ids[i] = insertPost.ExecuteScalar() is long id ? id : 0;
            stored += ids[i] == 0 ? 0 : 1;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (ids[i] == 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            insertFts.Parameters[0].Value = ids[i];
            insertFts.Parameters[1].Value = prepared[i].Body;
            insertFts.ExecuteNonQuery();
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (ids[i] != 0)
            {
                InsertFacts(transaction, ids[i], PostFacts.Of(batch[i]));
            }
        }

        if (cursor is { } moved)
        {
            MoveCursor(transaction, moved);
        }

        // Disposing the transaction without this commit rolls the whole batch back (and the cursor with it).
        transaction.Commit();
        return new WriteCounts(stored, batch.Count - stored);
    }

    private static SqliteCommand PrepareFtsInsert(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO posts_fts (rowid, body) VALUES ($id, $body)";
        command.Parameters.Add("$id", SqliteType.Integer);
        command.Parameters.Add("$body", SqliteType.Text);
        command.Prepare();
        return command;
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
        return await ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            var where = new List<string> { "posts_fts MATCH $match" };
            command.Parameters.AddWithValue("$match", parsed.ToFts5());
            AddFilters(command, filters, where);
            var join = where.Count > 1 ? " JOIN posts p ON p.id = posts_fts.rowid" : "";

            // Rank only the most recently stored matches: FTS5 walks the index newest first and stops
            // after the window, so a query matching half the store costs no more than a rare one.
            command.CommandText =
                $"SELECT {SqlitePostRows.Columns}, c.rank FROM (SELECT posts_fts.rowid AS id, bm25(posts_fts) AS rank FROM posts_fts{join} " +
                $"WHERE {string.Join(" AND ", where)} ORDER BY posts_fts.rowid DESC LIMIT $window) c " +
                "JOIN posts p ON p.id = c.id ORDER BY c.rank, p.id DESC LIMIT $limit";
            command.Parameters.AddWithValue("$window", Math.Max(RankingWindow, limit));
            command.Parameters.AddWithValue("$limit", limit);
            var hits = new List<SearchHit>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var post = SqlitePostRows.Read(reader);
                hits.Add(new SearchHit(post, () => Snippets.Make(post.Text, parsed), -reader.GetDouble(SqlitePostRows.ColumnCount)));
            }

            return (IReadOnlyList<SearchHit>)hits;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static void AddFilters(SqliteCommand command, SearchFilters filters, List<string> where)
    {
        if (filters.Platform is not null)
        {
            where.Add("p.platform = $platform");
            command.Parameters.AddWithValue("$platform", filters.Platform);
        }

        if (filters.Source is not null)
        {
            where.Add("p.source = $source");
            command.Parameters.AddWithValue("$source", filters.Source);
        }

        if (filters.Lang is not null)
        {
            where.Add("p.lang = $lang");
            command.Parameters.AddWithValue("$lang", filters.Lang);
        }

        if (filters.Category is { } category)
        {
            where.Add("p.category = $category");
            command.Parameters.AddWithValue("$category", category.ToWire());
        }

        if (filters.MinConfidence is { } min)
        {
            where.Add("p.confidence >= $min_confidence");
            command.Parameters.AddWithValue("$min_confidence", min);
        }

        if (filters.From is { } from)
        {
            where.Add("p.created_at >= $from");
            command.Parameters.AddWithValue("$from", from.ToUnixTimeMilliseconds());
        }

        if (filters.Until is { } until)
        {
            where.Add("p.created_at < $until");
            command.Parameters.AddWithValue("$until", until.ToUnixTimeMilliseconds());
        }
    }

    /// <inheritdoc />
    public Task<StoreStats> StatsAsync(CancellationToken cancellationToken) => ReadAsync(connection =>
    {
        const string day = "strftime('%Y-%m-%d', coalesce(created_at, collected_at) / 1000, 'unixepoch')";
        return new StoreStats(
            Count(connection),
            CountBy(connection, "SELECT platform, count(*) FROM posts GROUP BY platform ORDER BY 2 DESC, 1"),
            CountBy(connection, $"SELECT coalesce(source, '(none)'), count(*) FROM posts GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {StoreStats.TopSources}"),
            CountBy(connection, "SELECT coalesce(lang, lang_hint, 'und'), count(*) FROM posts GROUP BY 1 ORDER BY 2 DESC, 1"),
            CountBy(connection, $"SELECT {day}, count(*) FROM posts GROUP BY 1 ORDER BY 1"),
            CountBy(connection, "SELECT coalesce(category, 'unanalysed'), count(*) FROM posts GROUP BY 1 ORDER BY 2 DESC, 1"));
    }, cancellationToken);

    private static IReadOnlyList<CountBy> CountBy(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var counts = new List<CountBy>();
        while (reader.Read())
        {
            counts.Add(new CountBy(reader.GetString(0), reader.GetInt64(1)));
        }

        return counts;
    }

    /// <inheritdoc />
    public Task<StoredPost?> GetAsync(PostKey key, CancellationToken cancellationToken) => ReadAsync(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqlitePostRows.Columns} FROM posts p WHERE platform = $platform AND native_id = $native_id";
        command.Parameters.AddWithValue("$platform", key.Platform);
        command.Parameters.AddWithValue("$native_id", key.NativeId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? SqlitePostRows.Read(reader) : null;
    }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredPost>> TriageAsync(int offset, int limit, CancellationToken cancellationToken) => ReadAsync<IReadOnlyList<StoredPost>>(connection =>
    {
        // The expressions and the WHERE clause are those of the posts_triage index (migration 0005); the planner
        // prefers the category index and a sort of every flagged post unless told (INDEXED BY fails loudly if the
        // index cannot serve the query).
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {SqlitePostRows.Columns} FROM posts p INDEXED BY posts_triage
            WHERE category IN ('smuggling_offer', 'document_fraud', 'facilitator_recruitment', 'guidance_info')
            ORDER BY (coalesce(created_at, collected_at) / 86400000) DESC, confidence DESC, platform, native_id
            LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", Math.Max(0, limit));
        command.Parameters.AddWithValue("$offset", Math.Max(0, offset));
        using var reader = command.ExecuteReader();
        var posts = new List<StoredPost>();
        while (reader.Read())
        {
            posts.Add(SqlitePostRows.Read(reader));
        }

        return posts;
    }, cancellationToken);

    /// <inheritdoc />
    /// <summary>Starts a reader; a SQLite failure becomes the store's clear error naming the file.</summary>
    private async Task<SqliteDataReader> ExecuteReaderAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Map(e, Path);
        }
    }

    public async IAsyncEnumerable<StoredPost> ScanAsync(SearchFilters? filters, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        Configure(connection, primary: false);
        await using var command = connection.CreateCommand();
        var where = new List<string> { "1 = 1" };
        AddFilters(command, filters ?? SearchFilters.None, where);
        command.CommandText = $"SELECT {SqlitePostRows.Columns} FROM posts p WHERE {string.Join(" AND ", where)} ORDER BY p.id";
        var reader = await ExecuteReaderAsync(command, cancellationToken).ConfigureAwait(false);
        await using (reader)
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return SqlitePostRows.Read(reader);
            }
        }
    }

    /// <inheritdoc />
    public Task<long> CountAsync(CancellationToken cancellationToken) => ReadAsync(Count, cancellationToken);

    private static long Count(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM posts";
        return (long)command.ExecuteScalar()!;
    }

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            Configure(connection, primary: false);
            return read(connection);
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Map(e, Path);
        }
    }

    /// <summary>
    /// How much of the file reader connections map into memory (SQLite caps it at its compile-time
    /// maximum, 2 GB). A search or triage page reads pages scattered over the file; through the map they
    /// come straight from the OS page cache, shared by all connections, instead of being copied by one
    /// <c>pread</c> each into a small per-connection cache — on a 1M-post store that copying was a third
    /// of a search's CPU (docs/benchmarks.md). Writes still go through SQLite's normal path.
    /// </summary>
    private const long ReaderMmapBytes = 2L * 1024 * 1024 * 1024;

    private void Configure(SqliteConnection connection, bool primary)
    {
        using var command = connection.CreateCommand();
        var busy = (int)_options.BusyTimeout.TotalMilliseconds;
        command.CommandText = primary && !_options.ReadOnly
            ? $"PRAGMA busy_timeout = {busy}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;"
            : $"PRAGMA busy_timeout = {busy}; PRAGMA foreign_keys = ON; PRAGMA mmap_size = {ReaderMmapBytes};";
        command.ExecuteNonQuery();
    }

    /// <summary>Closes the store. Any batch that was being written and not committed is rolled back.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            _insertPost?.Dispose();
            _insertFts?.Dispose();
            _insertFacts?.Dispose();
            _insertPrice?.Dispose();
            _insertLink?.Dispose();
            await _writer.DisposeAsync().ConfigureAwait(false);

            // Pooled reader connections would keep the file open after the store is closed.
            SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
