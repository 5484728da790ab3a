using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.Core.Pipeline;

/// <summary>
/// What is kept of a post that is dropped after analysis (minimisation): its identity, only so that a
/// re-import does not count it twice (the store keeps a digest of it, never the id itself), and the
/// dimensions it is counted by. No text, author or indicator.
/// </summary>
public sealed record MinimisedPost(PostKey Key, DateOnly Day, string Platform, string Lang, Category Category)
{
    /// <summary>The counted form of a stored post: day of creation (else collection), UTC; analysed language, else the hint, else "und".</summary>
    public static MinimisedPost Of(StoredPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var at = (post.CreatedAt ?? post.CollectedAt).UtcDateTime;
        return new MinimisedPost(
            post.Key,
            DateOnly.FromDateTime(at),
            post.Key.Platform,
            post.Analysis?.Language.Code ?? post.LangHint ?? "und",
            post.Analysis?.Category ?? Category.Unrelated);
    }
}

/// <summary>Counts minimised posts; implemented by the post stores next to their posts.</summary>
public interface IMinimisedCounter
{
    /// <summary>Counts the posts not counted before (by identity) and returns how many that was.</summary>
    ValueTask<int> CountMinimisedAsync(IReadOnlyList<MinimisedPost> posts, CancellationToken cancellationToken);
}
