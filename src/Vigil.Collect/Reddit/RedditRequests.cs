using System.Globalization;
using Vigil.Collect.Http;
using Vigil.Core.Posts;

namespace Vigil.Collect.Reddit;

/// <summary>
/// Reddit listing requests and their order. Listings (<c>/new.json</c>, <c>/search.json?sort=new</c>) are
/// newest first and page with <c>after</c> (the fullname of the last child); <c>raw_json=1</c> keeps
/// <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> unescaped in text. Reddit ids are base-36 counters, so a
/// larger id is a newer post of the same kind.
/// </summary>
public static class RedditRequests
{
    /// <summary>The most children a listing returns per request.</summary>
    public const int PageSize = 100;

    public static Uri Listing(Uri baseUri, RedditTarget target, string? after) => target switch
    {
        { Subreddit: { } sub, Query: null } => ApiUri.Build(baseUri, $"/r/{sub}/new.json",
            ("limit", Limit), ("raw_json", "1"), ("after", after)),
        { Subreddit: { } sub, Query: { } q } => ApiUri.Build(baseUri, $"/r/{sub}/search.json",
            ("q", q), ("restrict_sr", "1"), ("sort", "new"), ("type", "link"), ("limit", Limit), ("raw_json", "1"), ("after", after)),
        { Query: { } q } => ApiUri.Build(baseUri, "/search.json",
            ("q", q), ("sort", "new"), ("type", "link"), ("limit", Limit), ("raw_json", "1"), ("after", after)),
        _ => throw new ArgumentException("A Reddit target has a subreddit, a query or both.", nameof(target)),
    };

    /// <summary>The base-36 id of a <c>t3_…</c> or <c>t1_…</c> fullname as a number; null when it is not one.</summary>
    public static long? Order(Post post) => Base36(post.NativeId.AsSpan(post.NativeId.IndexOf('_') + 1));

    internal static long? Base36(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 12)
        {
            return null;
        }

        long value = 0;
        foreach (var c in digits)
        {
            var d = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => -1,
            };
            if (d < 0)
            {
                return null;
            }

            value = (value * 36) + d;
        }

        return value;
    }

    private static string Limit => PageSize.ToString(CultureInfo.InvariantCulture);
}
