using System.Text.Json;
using Vigil.Core.Posts;

namespace Vigil.Ingest.Importers.X;

/// <summary>
/// Parses one X API v2 response page (<c>/2/tweets/search/recent</c>, <c>/search/all</c>, timelines):
/// <c>data[]</c> tweets, with <c>includes.users</c> and <c>includes.media</c> used when the request asked
/// for those expansions (handles, names, media URLs), and the author id alone when it did not. The cursor
/// is <c>meta.next_token</c>.
/// </summary>
public static class XSearchPageParser
{
    public static PostPage Parse(string json, DateTimeOffset collectedAt)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement, collectedAt);
        }
        catch (JsonException ex)
        {
            return PostPage.Empty($"the response is not valid JSON ({Jsonl.JsonlReader.ShortMessage(ex)})");
        }
    }

    public static PostPage Parse(JsonElement page, DateTimeOffset collectedAt)
    {
        var includes = page.Get("includes");
        var users = includes.Get("users").Items()
            .Where(u => u.Str("id") is not null)
            .GroupBy(u => u.Str("id")!)
            .ToDictionary(g => g.Key, g => g.First().Clone(), StringComparer.Ordinal);
        var media = includes.Get("media").Items()
            .Where(m => m.Str("media_key") is not null)
            .GroupBy(m => m.Str("media_key")!)
            .ToDictionary(g => g.Key, g => g.First().Clone(), StringComparer.Ordinal);
        var tweets = includes.Get("tweets").Items()
            .Where(t => t.Str("id") is not null)
            .GroupBy(t => t.Str("id")!)
            .ToDictionary(g => g.Key, g => g.First().Clone(), StringComparer.Ordinal);

        var mapped = page.Get("data").Items().Select(t => Map(t, users, media, tweets, collectedAt));
        return PostPage.From(mapped, page.Get("meta").Str("next_token"));
    }

    /// <summary>Maps one tweet object; the dictionaries may be empty when the page has no expansions.</summary>
    public static Mapped Map(
        JsonElement tweet,
        IReadOnlyDictionary<string, JsonElement> users,
        IReadOnlyDictionary<string, JsonElement> media,
        IReadOnlyDictionary<string, JsonElement> tweets,
        DateTimeOffset collectedAt)
    {
        var id = tweet.Str("id");
        var text = tweet.Get("note_tweet").Str("text") ?? tweet.Str("text");
        if (id is null || text is null)
        {
            return Mapped.Fail("the tweet has no 'id' or 'text'");
        }

        var authorId = tweet.Str("author_id");
        var user = authorId is not null && users.TryGetValue(authorId, out var u) ? u : (JsonElement?)null;
        var username = user.Str("username");
        var metrics = tweet.Get("public_metrics");
        var referenced = tweet.Get("referenced_tweets").Items().ToList();
        string? Ref(string type) => referenced.FirstOrDefault(r => r.Str("type") == type) is { ValueKind: JsonValueKind.Object } r ? r.Str("id") : null;

        string? forwardedFrom = null;
        if (Ref("retweeted") is { } retweeted)
        {
            var original = tweets.TryGetValue(retweeted, out var o) ? o.Str("author_id") : null;
            forwardedFrom = original is not null && users.TryGetValue(original, out var ou) ? ou.Str("username") ?? original : original ?? retweeted;
        }

        return Mapped.Ok(new Post
        {
            Platform = "x",
            NativeId = id,
            Text = System.Net.WebUtility.HtmlDecode(text),
            Author = username ?? authorId,
            AuthorName = user.Str("name"),
            AuthorUrl = username is null ? null : $"https://x.com/{username}",
            LangHint = tweet.Str("lang"),
            CreatedAt = tweet.Time("created_at"),
            CollectedAt = collectedAt,
            Url = $"https://x.com/{username ?? "i/web"}/status/{id}",
            Engagement = metrics is null ? Engagement.None : new Engagement(
                Views: metrics.Long("impression_count"),
                Likes: metrics.Long("like_count"),
                Shares: (metrics.Long("retweet_count") ?? 0) + (metrics.Long("quote_count") ?? 0),
                Replies: metrics.Long("reply_count")),
            Media = [.. tweet.Get("attachments").Get("media_keys").Items()
                .Select(k => k.GetString())
                .Select(k => k is not null && media.TryGetValue(k, out var m)
                    ? new MediaRef(m.Str("type") == "photo" ? "photo" : "video", m.Str("url") ?? m.Str("preview_image_url"))
                    : new MediaRef("other"))],
            ReplyTo = Ref("replied_to"),
            ForwardedFrom = forwardedFrom,
        });
    }
}
