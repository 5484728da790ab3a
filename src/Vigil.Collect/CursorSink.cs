using Vigil.Core.Collection;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;
using Vigil.Storage.Watches;

namespace Vigil.Collect;

/// <summary>
/// The sink the ingest pipeline writes a commit unit into: the first batch write carries the watch's
/// cursor into the same transaction. If that write fails and the pipeline falls back to storing post by
/// post (to isolate a post the store refuses), those writes go without the cursor, and the cursor is
/// committed alone only after all of them (<see cref="CommitCursorIfPendingAsync"/>): a kill in between
/// leaves the old cursor, and the next run fetches the page again and finds its posts already stored.
/// </summary>
internal sealed class CursorSink(IWatchStore store, WatchCursor cursor) : IPostSink
{
    private bool _attempted;
    private bool _committed;

    public async ValueTask<WriteCounts> WriteAsync(IReadOnlyList<StoredPost> batch, CancellationToken cancellationToken)
    {
        if (_attempted)
        {
            return await store.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        _attempted = true;
        var counts = await store.WriteAsync(batch, cursor, cancellationToken).ConfigureAwait(false);
        _committed = true;
        return counts;
    }

    /// <summary>Commits the cursor on its own when no batch carried it (no posts, or the fallback path).</summary>
    public async Task CommitCursorIfPendingAsync(CancellationToken cancellationToken)
    {
        if (!_committed)
        {
            await store.WriteAsync([], cursor, cancellationToken).ConfigureAwait(false);
            _committed = true;
        }
    }
}

/// <summary>The posts and unreadable records of one commit unit, as a source for the ingest pipeline.</summary>
internal sealed class PageSource(string name, IReadOnlyList<CollectedPage> pages) : IPostSource
{
    public string Name { get; } = name;

    public async IAsyncEnumerable<ReadResult> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var page in pages)
        {
            foreach (var post in page.Posts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return ReadResult.Ok(post);
            }

            foreach (var problem in page.Problems)
            {
                yield return ReadResult.Rejected(new Rejection(Name, 0, problem.Index < 0
                    ? problem.Reason
                    : $"Record {problem.Index + 1} of a page cannot be read: {problem.Reason}"));
            }
        }
    }
}
