using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Vigil.Analysis.Protection;
using Vigil.Core.Analysis;
using Vigil.Core.Operations;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;

namespace Vigil.Ingest.Pipeline;

/// <summary>
/// Runs one import: reads a source, analyses each post's clear text in memory, protects it (strategic
/// pseudonymisation), and writes batches to the sink; records that cannot be read, analysed or stored
/// go to the rejection sink with their reason and the run goes on.
/// </summary>
/// <remarks>
/// Reading runs on one task and writing on another, joined by a bounded channel of batches, so parsing
/// overlaps with store transactions while memory stays flat; each batch is analysed and protected on
/// all cores (<see cref="IngestOptions.Parallelism"/>) before it is queued, in reading order. Each batch is one transaction:
/// cancelling or killing the process loses at most the batch in flight, and because the sink is
/// idempotent on post identity, running the same import again reaches the same final state.
/// Clear posts never leave this class: the sink sees only <see cref="StoredPost"/>s from the protector.
/// Inside an authorised operation (<see cref="OperationCapture"/>), the clear records of smugglers'
/// posts go to that operation's vault, and only there; the sink still sees exactly the strategic posts.
/// </remarks>
public sealed class IngestRunner(
    IPostAnalyzer? analyzer,
    PostProtector protector,
    IPostSink sink,
    IRejectionSink rejections,
    IngestOptions? options = null,
    OperationCapture? operation = null)
{
    /// <summary>Single-post writes that may fail in a row, with none succeeding, before the store is blamed.</summary>
    private const int GiveUpAfter = 3;

    private readonly IngestOptions _options = options ?? IngestOptions.Default;

    /// <summary>Imports everything <paramref name="source"/> yields; reports counts after every batch.</summary>
    /// <exception cref="OperationCanceledException">When cancelled; what was written before stays written.</exception>
    /// <exception cref="StoreWriteException">When the store refuses every post of a batch (read-only, full disk, not a database).</exception>
    public async Task<IngestCounts> RunAsync(IPostSource source, IProgress<IngestCounts>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var counters = new Counters();
        var channel = Channel.CreateBounded<Batch>(new BoundedChannelOptions(Math.Max(1, _options.QueuedBatches))
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(source, channel.Writer, counters, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await WriteAsync(source.Name, batch.Posts, counters, stop.Token).ConfigureAwait(false);
                if (operation is not null && batch.Clear.Count > 0)
                {
                    await operation.WriteAsync(batch.Clear, stop.Token).ConfigureAwait(false);
                }

                progress?.Report(counters.Snapshot());
            }
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }

        await producer.ConfigureAwait(false);
        var final = counters.Snapshot();
        progress?.Report(final);
        return final;
    }

    private async Task ProduceAsync(IPostSource source, ChannelWriter<Batch> writer, Counters counters, CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, _options.BatchSize);
        var pending = new List<(Post Post, long Record)>(batchSize);
        try
        {
            await using var items = source.ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                ReadResult item;
                try
                {
                    if (!await items.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    item = items.Current;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A source that throws is a bug or an unreadable file: set it aside, keep what was read.
                    counters.AddRead();
                    await RejectAsync(counters, new Rejection(source.Name, 0,
                        $"Reading stopped after {counters.Read - 1} records: {e.GetType().Name}: {e.Message}"), cancellationToken).ConfigureAwait(false);
                    break;
                }

                counters.AddRead();
                if (item.Post is null)
                {
                    await RejectAsync(counters, item.Rejection ?? new Rejection(source.Name, 0, "The source yielded an empty record."), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                pending.Add((item.Post, counters.Read));
                if (pending.Count >= batchSize)
                {
                    await ProtectAndQueueAsync(source.Name, pending, writer, counters, cancellationToken).ConfigureAwait(false);
                    pending = new List<(Post, long)>(batchSize);
                }
            }

            if (pending.Count > 0)
            {
                await ProtectAndQueueAsync(source.Name, pending, writer, counters, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            writer.TryComplete();
        }
    }

    /// <summary>
    /// Analyses and protects one batch on all cores (both stages are pure and thread-safe), keeps the
    /// reading order, sets aside the records whose analysis failed, and queues the rest for writing.
    /// </summary>
    private async Task ProtectAndQueueAsync(
        string sourceName, List<(Post Post, long Record)> pending, ChannelWriter<Batch> writer, Counters counters, CancellationToken cancellationToken)
    {
        var results = new (StoredPost Stored, ClearRecord? Clear)?[pending.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = cancellationToken };
        Parallel.For(0, pending.Count, parallel, i => results[i] = Protect(pending[i].Post));

        var batch = new Batch(new List<StoredPost>(pending.Count), []);
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i] is { } result)
            {
                batch.Posts.Add(result.Stored);
                if (result.Clear is { } clear)
                {
                    batch.Clear.Add(clear);
                }
            }
            else
            {
                await RejectAsync(counters, new Rejection(sourceName, 0,
                    $"Record {pending[i].Record} could not be analysed; this is a bug in Vigil, please report it (the record was not stored)."), cancellationToken).ConfigureAwait(false);
            }
        }

        if (batch.Posts.Count > 0)
        {
            await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Analysis and protection of one post, plus its clear record when an operation keeps it; null when
    /// any of them throws (a bug, isolated to that record).
    /// </summary>
    private (StoredPost, ClearRecord?)? Protect(Post post)
    {
        try
        {
            var analysis = analyzer?.Analyze(post.Text, post.LangHint);
            var stored = protector.Protect(post, analysis);
            return (stored, operation?.Capture(post, stored));
        }
#pragma warning disable CA1031 // fault isolation: one record's failure must not stop the run
        catch (Exception)
#pragma warning restore CA1031
        {
            // The exception may quote the clear text, so neither its message nor the post is kept.
            return null;
        }
    }

    private async Task WriteAsync(string sourceName, List<StoredPost> batch, Counters counters, CancellationToken cancellationToken)
    {
        try
        {
            counters.Add(await sink.WriteAsync(batch, cancellationToken).ConfigureAwait(false));
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException && batch.Count > 1)
        {
            // Isolate: retry post by post below, so one post the store refuses does not cost its batch.
        }

        var refused = new List<(StoredPost Post, Exception Error)>();
        var anyWritten = false;
        foreach (var post in batch)
        {
            try
            {
                counters.Add(await sink.WriteAsync([post], cancellationToken).ConfigureAwait(false));
                anyWritten = true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                refused.Add((post, e));
                if (!anyWritten && (refused.Count >= GiveUpAfter || refused.Count == batch.Count))
                {
                    // Nothing goes in, post after post: the store itself is the problem (read-only, full,
                    // not a database), not the data. Stop rather than quarantine good records.
                    throw new StoreWriteException(refused[0].Error);
                }
            }
        }

        foreach (var (post, error) in refused)
        {
            await RejectAsync(counters, new Rejection(sourceName, 0,
                $"The store refused post {post.Key} ({error.GetType().Name}: {error.Message})."), cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask RejectAsync(Counters counters, Rejection rejection, CancellationToken cancellationToken)
    {
        counters.AddRejected();
        await rejections.WriteAsync(rejection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counters shared by the reading and the writing task.</summary>
    private sealed class Counters
    {
        private long _read;
        private long _stored;
        private long _duplicates;
        private long _rejected;
        private long _minimised;

        public long Read => Interlocked.Read(ref _read);

        public void AddRead() => Interlocked.Increment(ref _read);

        public void AddRejected() => Interlocked.Increment(ref _rejected);

        public void Add(WriteCounts counts)
        {
            Interlocked.Add(ref _stored, counts.Stored);
            Interlocked.Add(ref _duplicates, counts.Duplicates);
            Interlocked.Add(ref _minimised, counts.Minimised);
        }

        public IngestCounts Snapshot() =>
            new(Interlocked.Read(ref _read), Interlocked.Read(ref _stored), Interlocked.Read(ref _duplicates), Interlocked.Read(ref _rejected), Interlocked.Read(ref _minimised));
    }
}

/// <summary>The posts of one batch for the store, and the clear records of it an operation keeps.</summary>
internal sealed record Batch(List<StoredPost> Posts, List<ClearRecord> Clear);

/// <summary>The store refused a whole batch, post by post: the store, not the data, is at fault.</summary>
public sealed class StoreWriteException(Exception inner)
    : Exception($"The store refused every post of a batch: {inner.GetType().Name}: {inner.Message}", inner);
