using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Audit;

/// <summary>
/// Appends access-log entries with group commit. Each caller queues its entry and waits until a
/// transaction containing it has committed (WAL, <c>synchronous=FULL</c>: durable when the call
/// returns). Whoever holds the writer's turn takes every entry queued so far, chains them in queue
/// order inside one immediate transaction and commits once, so concurrent requests share one commit
/// (one fsync) instead of queueing for one each. Nothing is deferred past the caller's return, and an
/// entry whose transaction fails fails its caller. The last entry is read inside each transaction, so
/// other writers on the same file (another process, another instance) keep the chain intact.
/// </summary>
internal sealed class AccessLogWriter(string connectionString, TimeProvider clock)
{
    /// <summary>The most entries one transaction takes; the rest wait for the next turn.</summary>
    public const int MaxBatch = 256;

    private readonly ConcurrentQueue<Pending> _queue = new();
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task<AccessLogEntry> AppendAsync(string user, string action, string target, string? reason, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending(user, action, target, reason);
        _queue.Enqueue(pending);

        // Once queued, the entry is written whatever happens to the request: a cancelled caller must not
        // leave an entry behind that no later turn would pick up, nor remove it from the chain's order.
        while (!pending.Written.Task.IsCompleted)
        {
            await _turn.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                if (!pending.Written.Task.IsCompleted)
                {
                    WriteQueued();
                }
            }
            finally
            {
                _turn.Release();
            }
        }

        return await pending.Written.Task.ConfigureAwait(false);
    }

    private void WriteQueued()
    {
        var batch = new List<Pending>();
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            var entries = Write(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Written.SetResult(entries[i]);
            }
        }
        catch (Exception e)
        {
            foreach (var pending in batch)
            {
                pending.Written.TrySetException(e);
            }
        }
    }

    private AccessLogEntry[] Write(List<Pending> batch)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var durable = connection.CreateCommand())
        {
            durable.CommandText = "PRAGMA synchronous = FULL";
            durable.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        using var last = connection.CreateCommand();
        last.Transaction = transaction;
        last.CommandText = "SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1";
        long sequence = 0;
        var previous = AccessLog.Genesis;
        using (var reader = last.ExecuteReader())
        {
            if (reader.Read())
            {
                sequence = reader.GetInt64(0);
                previous = reader.GetString(1);
            }
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO access_log(seq, at, user, action, target, reason, prev_hash, hash) VALUES ($s, $at, $u, $a, $t, $r, $p, $h)";
        var parameters = new[] { "$s", "$at", "$u", "$a", "$t", "$r", "$p", "$h" }.Select(name => insert.Parameters.Add(name, SqliteType.Text)).ToArray();
        parameters[0].SqliteType = SqliteType.Integer;
        var entries = new AccessLogEntry[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var p = batch[i];
            sequence++;
            var at = clock.GetUtcNow();
            var hash = AccessLog.HashOf(sequence, at, p.User, p.Action, p.Target, p.Reason, previous);
            parameters[0].Value = sequence;
            parameters[1].Value = AccessLog.Format(at);
            parameters[2].Value = p.User;
            parameters[3].Value = p.Action;
            parameters[4].Value = p.Target;
            parameters[5].Value = (object?)p.Reason ?? DBNull.Value;
            parameters[6].Value = previous;
            parameters[7].Value = hash;
            insert.ExecuteNonQuery();
            entries[i] = new AccessLogEntry(sequence, at, p.User, p.Action, p.Target, p.Reason, previous, hash);
            previous = hash;
        }

        transaction.Commit();
        return entries;
    }

    private sealed record Pending(string User, string Action, string Target, string? Reason)
    {
        public TaskCompletionSource<AccessLogEntry> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
