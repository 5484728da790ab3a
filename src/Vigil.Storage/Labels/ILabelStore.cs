using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.Storage.Labels;

/// <summary>
/// Analysts' category corrections kept by a store (table <c>labels</c>): every correction with who, when and
/// why, deleted with its post. Correcting a post also updates its stored category, so the triage queue,
/// search and trends follow the analyst; `vigil train` learns from the newest correction of each post.
/// </summary>
public interface ILabelStore
{
    /// <summary>
    /// Stores a correction of <paramref name="post"/> (written <c>platform:native_id</c>, or the store's numeric
    /// row id) and returns it, or null when no such post is stored.
    /// </summary>
    Task<LabelCorrection?> AddLabelAsync(string post, Category category, string by, string? reason, TimeProvider clock, CancellationToken cancellationToken);

    /// <summary>Every correction of one post, oldest first.</summary>
    Task<IReadOnlyList<LabelCorrection>> LabelHistoryAsync(PostKey key, CancellationToken cancellationToken);

    /// <summary>The newest correction of every corrected post, with the post's stored text, for retraining.</summary>
    Task<IReadOnlyList<LabelledPost>> LatestLabelsAsync(CancellationToken cancellationToken);
}
