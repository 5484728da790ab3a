using System.Globalization;
using System.Text.Json.Nodes;

namespace Vigil.Testing.Replay;

/// <summary>
/// Listings of any length in the formats of the Reddit, YouTube Data, X and VK APIs, built from the real
/// recorded payloads in <c>tests/fixtures</c> (see SOURCES.md): their records are cycled with new ids and
/// times, newest first, and split into pages the way each API pages. Each page comes with the token that
/// asks for it (null for the newest page), so a test or benchmark maps them to the connector's own URLs.
/// </summary>
public static class ApiListings
{
    private static readonly Lazy<JsonArray> RedditChildren = new(() => Load("reddit", "r-askreddit-new.listing.body.json")["data"]!["children"]!.AsArray());
    private static readonly Lazy<JsonArray> Tweets = new(() => Load("x-twitter", "v2-tweets-search-recent.body.json")["data"]!.AsArray());
    private static readonly Lazy<JsonArray> Threads = new(() => Load("youtube", "commentThreads.list.by_video.p1.json")["items"]!.AsArray());
    private static readonly Lazy<JsonArray> WallPosts = new(() => Load("vk", "newsfeed.search.next_from.json")["response"]!["items"]!.AsArray());
    private static readonly DateTimeOffset Epoch = new(2025, 7, 17, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A subreddit's <c>new</c> listing of posts 1…<paramref name="count"/>; pages are asked for by <c>after</c> (the last fullname).</summary>
    public static IReadOnlyList<(string? Token, string Body)> Reddit(int count, int perPage = 100) => Split(count, perPage, (ids, last) =>
    {
        var children = new JsonArray();
        foreach (var n in ids)
        {
            var child = RedditChildren.Value[n % RedditChildren.Value.Count]!.DeepClone();
            var id = Base36(1_000_000 + n);
            child["data"]!["id"] = id;
            child["data"]!["name"] = "t3_" + id;
            child["data"]!["created_utc"] = Epoch.AddMinutes(n).ToUnixTimeSeconds();
            children.Add(child);
        }

        var after = last ? null : "t3_" + Base36(1_000_000 + ids[^1]);
        return (new JsonObject { ["kind"] = "Listing", ["data"] = new JsonObject { ["after"] = after, ["children"] = children } }.ToJsonString(), after);
    });

    /// <summary>An X recent search of tweets 1…<paramref name="count"/>; pages are asked for by <c>next_token</c>.</summary>
    public static IReadOnlyList<(string? Token, string Body)> X(int count, int perPage = 100) => Split(count, perPage, (ids, last) =>
    {
        var data = new JsonArray();
        foreach (var n in ids)
        {
            var tweet = Tweets.Value[n % Tweets.Value.Count]!.DeepClone();
            var id = (1_600_000_000_000_000_000L + n).ToString(CultureInfo.InvariantCulture);
            tweet["id"] = id;
            tweet["edit_history_tweet_ids"] = new JsonArray(id);
            data.Add(tweet);
        }

        var next = last ? null : $"next{ids[^1]}";
        var meta = new JsonObject { ["result_count"] = ids.Count };
        if (next is not null)
        {
            meta["next_token"] = next;
        }

        return (new JsonObject { ["data"] = data, ["meta"] = meta }.ToJsonString(), next);
    });

    /// <summary>A video's comment threads 1…<paramref name="count"/>, newest first; pages are asked for by <c>pageToken</c>.</summary>
    public static IReadOnlyList<(string? Token, string Body)> YouTubeComments(int count, int perPage = 100) => Split(count, perPage, (ids, last) =>
    {
        var items = new JsonArray();
        foreach (var n in ids)
        {
            var thread = Threads.Value[n % Threads.Value.Count]!.DeepClone();
            var id = $"Ugz{n:D10}";
            thread["id"] = id;
            var top = thread["snippet"]!["topLevelComment"]!;
            top["id"] = id;
            top["snippet"]!["publishedAt"] = Epoch.AddMinutes(n).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            items.Add(thread);
        }

        var next = last ? null : $"page{ids[^1]}";
        var page = new JsonObject { ["kind"] = "youtube#commentThreadListResponse", ["items"] = items };
        if (next is not null)
        {
            page["nextPageToken"] = next;
        }

        return (page.ToJsonString(), next);
    });

    /// <summary>A VK wall (owner 10) of posts 1…<paramref name="count"/>; pages are asked for by <c>offset</c>.</summary>
    public static IReadOnlyList<(string? Token, string Body)> VkWall(int count, int perPage = 100)
    {
        var offset = 0;
        return Split(count, perPage, (ids, last) =>
        {
            var items = new JsonArray();
            foreach (var n in ids)
            {
                var post = WallPosts.Value[n % WallPosts.Value.Count]!.DeepClone();
                post["id"] = n;
                post["owner_id"] = 10;
                post["from_id"] = 10;
                post["date"] = Epoch.AddMinutes(n).ToUnixTimeSeconds();
                items.Add(post);
            }

            offset += ids.Count;
            var body = new JsonObject { ["response"] = new JsonObject { ["count"] = count, ["items"] = items } }.ToJsonString();
            return (body, last ? null : offset.ToString(CultureInfo.InvariantCulture));
        });
    }

    /// <summary>Pages of ids <paramref name="count"/>…1 (newest first), each paired with the token that asks for it.</summary>
    private static List<(string? Token, string Body)> Split(int count, int perPage, Func<IReadOnlyList<int>, bool, (string Body, string? Next)> page)
    {
        var pages = new List<(string?, string)>();
        string? token = null;
        for (var top = count; top >= 1; top -= perPage)
        {
            var ids = Enumerable.Range(Math.Max(1, top - perPage + 1), Math.Min(perPage, top)).Reverse().ToList();
            var (body, next) = page(ids, top - perPage < 1);
            pages.Add((token, body));
            token = next;
        }

        return pages;
    }

    private static JsonNode Load(string platform, string file) => JsonNode.Parse(File.ReadAllText(TestPaths.Fixture(platform, file)))!;

    private static string Base36(long n)
    {
        var s = "";
        for (; n > 0; n /= 36)
        {
            s = "0123456789abcdefghijklmnopqrstuvwxyz"[(int)(n % 36)] + s;
        }

        return s;
    }
}
