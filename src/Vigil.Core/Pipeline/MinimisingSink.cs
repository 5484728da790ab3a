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

        var counts = kept.Count > 0 ? await inner.WriteAsync(kept, cancellationToken).ConfigureAwait(false) : default;
        if (dropped.Count > 0)
        {
            var counted = await counter.CountMinimisedAsync(dropped, cancellationToken).ConfigureAwait(false);
            counts += new WriteCounts(0, dropped.Count - counted, counted);
        }

        return counts;
    }
}
