using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage;
using Vigil.Storage.Audit;

namespace Vigil.Web.Decisions;

/// <summary>
/// Analysts' triage decisions (confirm, correct category, dismiss, add to operation), append-only in
/// the security database. Corrections are training labels: `vigil train` reads them. Thread-safe.
/// </summary>
public sealed class DecisionStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _clock;

    private DecisionStore(string connectionString, TimeProvider clock)
    {
        _connectionString = connectionString;
        _clock = clock;
    }

    public static async Task<DecisionStore> OpenAsync(string path, TimeProvider clock, CancellationToken cancellationToken)
    {
        var connectionString = await SecurityDatabase.OpenAsync(path, """
            CREATE TABLE IF NOT EXISTS decisions (
              id INTEGER PRIMARY KEY,
              platform TEXT NOT NULL,
              native_id TEXT NOT NULL,
              kind TEXT NOT NULL,
              category TEXT,
              operation TEXT,
              user TEXT NOT NULL,
              at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS decisions_post ON decisions(platform, native_id);
            """,
            cancellationToken);
        return new DecisionStore(connectionString, clock);
    }

    public async Task<Decision> AddAsync(PostKey post, DecisionKind kind, Category? category, string? operation, string user, CancellationToken cancellationToken)
    {
        var decision = new Decision(post, kind, category, operation, user, _clock.GetUtcNow());
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO decisions(platform, native_id, kind, category, operation, user, at) VALUES ($p, $n, $k, $c, $o, $u, $at)";
        command.Parameters.AddWithValue("$p", post.Platform);
        command.Parameters.AddWithValue("$n", post.NativeId);
        command.Parameters.AddWithValue("$k", kind.ToString());
        command.Parameters.AddWithValue("$c", (object?)category?.ToWire() ?? DBNull.Value);
        command.Parameters.AddWithValue("$o", (object?)operation ?? DBNull.Value);
        command.Parameters.AddWithValue("$u", user);
        command.Parameters.AddWithValue("$at", decision.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return decision;
    }

    /// <summary>
    /// Deletes the decisions about posts that <paramref name="store"/> no longer holds (erased by the
    /// retention purge): a decision names its post and the analyst, and goes with the post. Freed bytes are
    /// overwritten (<c>secure_delete</c>). Returns how many decisions were (or, with <paramref name="dryRun"/>, would be) deleted.
    /// </summary>
    public async Task<long> DeleteForMissingPostsAsync(IPostStore store, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        var posts = new List<(PostKey Key, long Decisions)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT platform, native_id, count(*) FROM decisions GROUP BY platform, native_id";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                posts.Add((new PostKey(reader.GetString(0), reader.GetString(1)), reader.GetInt64(2)));
            }
        }

        // Decisions are made by people, so there are few; one look-up per decided post is cheap.
        var gone = new List<(PostKey Key, long Decisions)>();
        foreach (var post in posts)
        {
            if (await store.GetAsync(post.Key, cancellationToken) is null)
            {
                gone.Add(post);
            }
        }

        if (dryRun || gone.Count == 0)
        {
            return gone.Sum(g => g.Decisions);
        }

        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA secure_delete = ON";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM decisions WHERE platform = $p AND native_id = $n";
        var platform = delete.Parameters.Add("$p", SqliteType.Text);
        var nativeId = delete.Parameters.Add("$n", SqliteType.Text);
        long deleted = 0;
        foreach (var (key, _) in gone)
        {
            platform.Value = key.Platform;
            nativeId.Value = key.NativeId;
            deleted += await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    public async Task<IReadOnlyList<Decision>> ForPostAsync(PostKey post, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, category, operation, user, at FROM decisions WHERE platform = $p AND native_id = $n ORDER BY id";
        command.Parameters.AddWithValue("$p", post.Platform);
        command.Parameters.AddWithValue("$n", post.NativeId);
        var decisions = new List<Decision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            Category? category = !reader.IsDBNull(1) && Categories.TryParse(reader.GetString(1), out var c) ? c : null;
            decisions.Add(new Decision(
                post,
                Enum.Parse<DecisionKind>(reader.GetString(0)),
                category,
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
        }

        return decisions;
    }
}
