using System.Security.Cryptography;
using System.Text;

namespace Vigil.Core.Posts;

/// <summary>
/// One public post as collected or imported, before analysis. It may hold clear identifiers
/// (author handle, display name, profile URL, phone numbers in the text): it lives in memory only
/// and must pass through pseudonymisation before anything of it is stored.
/// </summary>
public sealed record Post
{
    /// <summary>Platform name in lower case: telegram, facebook, mastodon, reddit, x, rss, youtube, vk, tiktok, …</summary>
    public required string Platform { get; init; }

    /// <summary>The platform's own id. When a source gives none, use <see cref="ContentId"/>.</summary>
    public required string NativeId { get; init; }

    /// <summary>The post's text, any language or script.</summary>
    public required string Text { get; init; }

    /// <summary>Channel, group, page, subreddit, feed or hashtag the post was seen in.</summary>
    public string? Source { get; init; }

    /// <summary>Author handle or account id (personal data).</summary>
    public string? Author { get; init; }

    /// <summary>Author display name (personal data).</summary>
    public string? AuthorName { get; init; }

    /// <summary>Author profile URL (personal data).</summary>
    public string? AuthorUrl { get; init; }

    /// <summary>Language the source claims; a hint only.</summary>
    public string? LangHint { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When Vigil read the post; set from the injected clock.</summary>
    public DateTimeOffset CollectedAt { get; init; }

    public string? Url { get; init; }

    public Engagement Engagement { get; init; } = Engagement.None;

    public IReadOnlyList<MediaRef> Media { get; init; } = [];

    /// <summary>Native id of the post this one replies to, on the same platform.</summary>
    public string? ReplyTo { get; init; }

    /// <summary>Name or id of the account or channel this post was forwarded from (personal data when a person).</summary>
    public string? ForwardedFrom { get; init; }

    public PostKey Key => new(Platform, NativeId);

    /// <summary>
    /// A stable id for a post whose source gives no native id: a SHA-256 of the platform, source and
    /// text, so the same content imported twice gets the same identity.
    /// </summary>
    public static string ContentId(string platform, string? source, string text)
    {
        var bytes = Encoding.UTF8.GetBytes($"{platform}\u001f{source}\u001f{text}");
        return "h_" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
    }
}
