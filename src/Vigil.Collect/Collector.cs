using Vigil.Analysis.Protection;
using Vigil.Core.Analysis;
using Vigil.Core.Collection;
using Vigil.Core.Pipeline;
using Vigil.Ingest.Pipeline;
using Vigil.Storage;
using Vigil.Storage.Watches;

namespace Vigil.Collect;

/// <summary>
/// Runs watches: asks each watch's connector for what is new since its cursor, and feeds the pages
/// through the same ingest pipeline as file imports (<see cref="IngestRunner"/>: analysis on the clear
/// text in memory, strategic pseudonymisation, quarantine of unreadable records), committing each group
/// of pages together with the cursor that covers it. A failing source is caught here, reported in its
/// <see cref="WatchOutcome"/>, and the other watches go on. With <c>minimise</c> (strategic mode, the
/// default in the CLI) posts analysed as unrelated are counted, not stored, exactly as in an import
/// (<see cref="MinimisingSink"/>).
/// </summary>
/// <remarks>
/// One watch runs at a time (a single worker). Pages are grouped up to <see cref="BatchSize"/> posts per
/// transaction: fewer transactions, and a kill loses at most the group in flight, which the next run fetches again.
/// </remarks>
public sealed class Collector(
    IReadOnlyList<ConnectorDescriptor> connectors,
    Func<ConnectorDescriptor, ConnectorServices> services,
    IWatchStore store,
    IPostAnalyzer? analyzer,
    PostProtector protector,
    IRejectionSink rejections,
    TimeProvider clock,
    IMinimisedCounter? minimise)
{
    /// <summary>Posts per transaction (pages are never split).</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>
    /// Inside an authorised operation (<c>vigil collect --operation</c>): called before each group of pages is
    /// stored, returns the capture that keeps smugglers' clear identifiers in the operation's vault, or throws
    /// <see cref="OperationEndedException"/> once the operation is no longer active, which stops the run.
    /// Null: strategic collection only.
    /// </summary>
    public Func<CancellationToken, ValueTask<OperationCapture>>? Operation { get; init; }

    /// <summary>Threads that analyse and protect a batch.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Runs every enabled watch once, in id order; reports each outcome as it finishes.</summary>
    public async Task<IReadOnlyList<WatchOutcome>> RunAllAsync(IProgress<WatchOutcome>? progress, CancellationToken cancellationToken)
    {
        var outcomes = new List<WatchOutcome>();
        foreach (var watch in (await store.ListWatchesAsync(cancellationToken).ConfigureAwait(false)).Where(w => w.Watch.Enabled))
        {
            var outcome = await RunAsync(watch, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome);
            progress?.Report(outcome);
        }

        return outcomes;
    }

    /// <summary>How long <see cref="FollowAsync"/> sleeps at most before it reads the watch list again (to see added or removed watches).</summary>
    public TimeSpan ListRefresh { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Keeps collecting until cancelled: each enabled watch runs when its interval has passed since its last
    /// run (as recorded in the store, so a restart keeps the rhythm), then the loop sleeps on the injected
    /// clock until the next watch is due. Watches added or removed meanwhile are picked up within <see cref="ListRefresh"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException">When cancelled (Ctrl-C): the watch running at that moment keeps what it committed.</exception>
    public async Task FollowAsync(IProgress<WatchOutcome>? progress, CancellationToken cancellationToken)
    {
        var lastRun = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = clock.GetUtcNow() + ListRefresh;
            foreach (var state in (await store.ListWatchesAsync(cancellationToken).ConfigureAwait(false)).Where(w => w.Watch.Enabled))
            {
                var id = state.Watch.Id;
                var interval = state.Watch.Interval < Watch.MinimumInterval ? Watch.MinimumInterval : state.Watch.Interval;
                var last = lastRun.TryGetValue(id, out var l) ? l : state.LastRunAt;
                if (last is null || last.Value + interval <= clock.GetUtcNow())
                {
                    progress?.Report(await RunAsync(state, cancellationToken).ConfigureAwait(false));
                    last = lastRun[id] = clock.GetUtcNow();
                }

                if (last.Value + interval < next)
                {
                    next = last.Value + interval;
                }
            }

            var wait = next - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs one watch from its stored cursor and records the run's outcome on the watch.</summary>
    /// <exception cref="OperationCanceledException">When cancelled; what was committed stays committed.</exception>
    /// <exception cref="StoreException">When the store itself fails (read-only, full, gone): nothing else would succeed either.</exception>
    /// <exception cref="StoreWriteException">When the store refuses every post of a batch.</exception>
    public async Task<WatchOutcome> RunAsync(WatchState state, CancellationToken cancellationToken)
    {
        var watch = state.Watch;
        var counts = default(IngestCounts);
        var pages = 0;
        var notes = new List<string>();
        string? failure = null;
        var pending = new List<CollectedPage>();
        try
        {
            var descriptor = connectors.FirstOrDefault(c => c.Platform == watch.Platform)
                ?? throw new SourceFailedException($"There is no connector for '{watch.Platform}'; Vigil knows {string.Join(", ", connectors.Select(c => c.Platform))}.");
            var check = descriptor.Validate(watch.Target);
            if (check.Target is not { } target)
            {
                throw new SourceFailedException($"{watch.Id}: {check.Error}");
            }

            var connector = descriptor.Create(services(descriptor));
            var pendingPosts = 0;
            await foreach (var page in connector.FetchAsync(target, state.Cursor, cancellationToken).ConfigureAwait(false))
            {
                pages++;
                if (page.Note is { } note)
                {
                    notes.Add(note);
                }

                pending.Add(page);
                pendingPosts += page.Posts.Count;
                if (pendingPosts >= BatchSize)
                {
                    counts += await CommitAsync(watch.Id, pending, cancellationToken).ConfigureAwait(false);
                    pending.Clear();
                    pendingPosts = 0;
                }
            }

            if (pending.Count > 0)
            {
                counts += await CommitAsync(watch.Id, pending, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SourceFailedException e)
        {
            failure = e.Message;

            // Pages yielded before the failure carry cursors that are true once they are stored (the
            // connector contract), so they are kept: a connector that yields page by page loses nothing
            // it already fetched, and its next run starts after them.
            if (pending.Count > 0)
            {
                counts += await CommitAsync(watch.Id, pending, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not StoreException and not StoreWriteException and not OperationEndedException)
        {
            // A connector bug must not take the other watches down; it is reported like a failing source.
            failure = $"{watch.Id}: the connector failed unexpectedly ({e.GetType().Name}: {e.Message}); this is a bug in Vigil, please report it.";
        }

        var outcome = new WatchOutcome(watch.Id, counts, pages, notes, failure);
        await store.RecordRunAsync(watch.Id, clock.GetUtcNow(), outcome.Summary, CancellationToken.None).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>Stores a group of pages through the ingest pipeline with the cursor of the last page, in one transaction.</summary>
    private async Task<IngestCounts> CommitAsync(string watchId, IReadOnlyList<CollectedPage> pages, CancellationToken cancellationToken)
    {
        var cursor = new WatchCursor(watchId, pages[^1].Cursor, clock.GetUtcNow());
        var sink = new CursorSink(store, cursor);
        var posts = pages.Sum(p => p.Posts.Count);
        IPostSink target = minimise is null ? sink : new MinimisingSink(sink, minimise);
        var capture = Operation is null ? null : await Operation(cancellationToken).ConfigureAwait(false);
        var runner = new IngestRunner(analyzer, protector, target, rejections, new IngestOptions
        {
            BatchSize = Math.Max(1, posts),
            QueuedBatches = 1,
            Parallelism = Parallelism,
        }, capture);
        var counts = await runner.RunAsync(new PageSource(watchId, pages), null, cancellationToken).ConfigureAwait(false);
        await sink.CommitCursorIfPendingAsync(cancellationToken).ConfigureAwait(false);
        return counts;
    }
}
