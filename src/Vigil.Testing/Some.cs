using Vigil.Core.Posts;

namespace Vigil.Testing;

/// <summary>Factory for test data with sensible defaults; override only what a test is about.</summary>
public static class Some
{
    public static DateTimeOffset Instant { get; } = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    public static Post Post(
        string text = "Boat trip from Izmir to Greece, 4500 EUR, call +90 532 123 45 67",
        string platform = "telegram",
        string? nativeId = null,
        string? source = "demo_channel",
        string? author = "@some_author",
        DateTimeOffset? createdAt = null) => new()
        {
            Platform = platform,
            NativeId = nativeId ?? Vigil.Core.Posts.Post.ContentId(platform, source, text),
            Text = text,
            Source = source,
            Author = author,
            CreatedAt = createdAt ?? Instant,
            CollectedAt = Instant,
        };
}
