using System.Globalization;
using Vigil.Collect.Http;
using Vigil.Core.Posts;

namespace Vigil.Collect.YouTube;

/// <summary>
/// YouTube Data API v3 requests. Every list is asked for newest first and pages with <c>pageToken</c>;
/// a later pass also sends <c>publishedAfter</c> (search) so the API skips what is known. The API key
/// goes in the <c>X-Goog-Api-Key</c> header, not the URL. Quota: <c>search.list</c> costs 100 units,
/// <c>commentThreads.list</c> 1 unit, of 10,000 units a day by default.
/// </summary>
public static class YouTubeRequests
{
    /// <summary>The header that carries the API key.</summary>
    public const string KeyHeader = "X-Goog-Api-Key";

    /// <summary>Quota units one request of this target costs.</summary>
    public static int QuotaCost(YouTubeTarget target) => target.Kind == YouTubeTargetKind.Comments ? 1 : 100;

    /// <param name="since">The high-water mark (Unix seconds) of the last finished pass, if any.</param>
    public static Uri List(Uri baseUri, YouTubeTarget target, string? pageToken, long? since) => target.Kind switch
    {
        YouTubeTargetKind.Comments => ApiUri.Build(baseUri, "/youtube/v3/commentThreads",
            ("part", "snippet,replies"), ("videoId", target.Value), ("order", "time"), ("textFormat", "plainText"),
            ("maxResults", "100"), ("pageToken", pageToken)),
        _ => ApiUri.Build(baseUri, "/youtube/v3/search",
            ("part", "snippet"), ("type", "video"), ("order", "date"), ("maxResults", "50"),
            target.Kind == YouTubeTargetKind.Search ? ("q", target.Value) : ("channelId", target.Value),
            ("publishedAfter", since is { } s ? DateTimeOffset.FromUnixTimeSeconds(s).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null),
            ("pageToken", pageToken)),
    };

    /// <summary>YouTube ids are not ordered; the publication time (Unix seconds) is the order.</summary>
    public static long? Order(Post post) => post.CreatedAt?.ToUnixTimeSeconds();
}
