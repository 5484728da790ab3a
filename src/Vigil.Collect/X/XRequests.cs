using System.Globalization;
using Vigil.Collect.Http;
using Vigil.Core.Posts;

namespace Vigil.Collect.X;

/// <summary>
/// X API v2 recent search (<c>GET /2/tweets/search/recent</c>, the last 7 days), newest first, paging
/// with <c>next_token</c>; a later pass sends <c>since_id</c> so the API returns only newer posts. It asks
/// for the fields and expansions the page parser reads (author handle and name, language, time, metrics,
/// media, replies and reposts). Authentication is an app-only bearer token in the Authorization header.
/// Tweet ids are snowflakes that grow with time, so the id is the order.
/// </summary>
public static class XRequests
{
    public static Uri Search(Uri baseUri, XTarget target, string? nextToken, long? sinceId) => ApiUri.Build(baseUri, "/2/tweets/search/recent",
        ("query", target.Query),
        ("max_results", "100"),
        ("tweet.fields", "author_id,created_at,lang,public_metrics,referenced_tweets,attachments,note_tweet,conversation_id"),
        ("expansions", "author_id,attachments.media_keys,referenced_tweets.id,referenced_tweets.id.author_id"),
        ("user.fields", "username,name"),
        ("media.fields", "type,url,preview_image_url"),
        ("since_id", sinceId?.ToString(CultureInfo.InvariantCulture)),
        ("next_token", nextToken));

    /// <summary>
    /// The <c>since_id</c> to send: the mark, unless its tweet is older than recent search reaches back
    /// (7 days; X refuses such a <c>since_id</c> with 400), in which case the pass goes without it and
    /// known posts are dropped by id instead. Snowflake ids carry their time: milliseconds since
    /// 2010-11-04T01:42:54.657Z in the bits above 22.
    /// </summary>
    public static long? UsableSinceId(long? since, DateTimeOffset now) =>
        since is { } id && TweetTime(id) > now - RecentWindow ? id : null;

    /// <summary>The time a snowflake id was made.</summary>
    public static DateTimeOffset TweetTime(long id) => DateTimeOffset.FromUnixTimeMilliseconds((id >> 22) + 1288834974657);

    /// <summary>How far back recent search reaches, less an hour of margin.</summary>
    public static TimeSpan RecentWindow { get; } = TimeSpan.FromDays(7) - TimeSpan.FromHours(1);

    public static long? Order(Post post) =>
        long.TryParse(post.NativeId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
