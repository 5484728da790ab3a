namespace Vigil.Core.Posts;

/// <summary>Counts a platform shows publicly for a post; null where the platform does not say.</summary>
public sealed record Engagement(long? Views = null, long? Likes = null, long? Shares = null, long? Replies = null)
{
    public static Engagement None { get; } = new();
}
