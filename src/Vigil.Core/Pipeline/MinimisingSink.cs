using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.Core.Pipeline;

/// <summary>
/// Minimisation after analysis (strategic mode, the default): posts analysed as
/// <see cref="Category.Unrelated"/> are not stored, only counted by day, platform and language through
/// <paramref name="counter"/>; every other post (and any post without an analysis) goes on to
/// <paramref name="inner"/>. A minimised post already counted before (same identity) is reported as a
/// duplicate, so re-importing a file changes no count.
/// </summary>
/// <remarks>Thread-safe when both targets are; holds no state.</remarks>
public sealed class MinimisingSink(IPostSink inner, IMinimisedCounter counter) : IPostSink
{
    /// <inheritdoc />
    public async ValueTask<WriteCounts> WriteAsync(IReadOnlyList<StoredPost> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var kept = new List<StoredPost>(batch.Count);
        var dropped = new List<MinimisedPost>();
        foreach (var post in batch)
        {
            if (post.Analysis?.Category == Category.Unrelated)
            {
                dropped.Add(MinimisedPost.Of(post));
            }
            else
            {
                kept.Add(post);
            }
        }

        // Count first, store second: when the inner write also commits a collection cursor, a kill in
        // between leaves the old cursor, and the counting is idempotent, so the retry neither loses nor
        // double-counts.
        var counts = default(WriteCounts);
        if (dropped.Count > 0)
        {
            var counted = await counter.CountMinimisedAsync(dropped, cancellationToken).ConfigureAwait(false);
            counts += new WriteCounts(0, dropped.Count - counted, counted);
        }

        if (kept.Count > 0)
        {
            counts += await inner.WriteAsync(kept, cancellationToken).ConfigureAwait(false);
        }

        return counts;
    }
}
