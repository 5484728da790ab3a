using System.Net;
using System.Text.Json;
using Vigil.Core.Posts;

namespace Vigil.Ingest.Importers.YouTube;

/// <summary>
/// Maps items of YouTube Data API v3 responses: <c>youtube#searchResult</c> (videos: title and
/// description) and <c>youtube#commentThread</c> (the top-level comment and the replies the response
/// includes, each replying to the thread). Channel and playlist results are skipped.
/// </summary>
public static class YouTubeItem
{
    public static IEnumerable<Mapped> Map(JsonElement item, DateTimeOffset collectedAt) => item.Str("kind") switch
    {
        "youtube#searchResult" or "youtube#video" => [MapVideo(item, collectedAt)],
        "youtube#commentThread" => MapThread(item, collectedAt),
        "youtube#comment" => [MapComment(item, null, collectedAt)],
        var kind => [Mapped.Skip(kind ?? "unknown")],
    };

    private static Mapped MapVideo(JsonElement item, DateTimeOffset collectedAt)
    {
        var id = item.Get("id") is { ValueKind: JsonValueKind.String } plain ? plain.GetString() : item.Get("id").Str("videoId");
        if (id is null)
        {
            return item.Get("id").Str("kind") is { } other && other != "youtube#video" ? Mapped.Skip(other) : Mapped.Fail("the result has no video id");
        }

        var snippet = item.Get("snippet");
        var text = string.Join("\n\n", new[] { snippet.Str("title"), snippet.Str("description") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var channelId = snippet.Str("channelId");
        return Mapped.Ok(new Post
        {
            Platform = "youtube",
            NativeId = id,
            Text = WebUtility.HtmlDecode(text),
            Source = snippet.Str("channelTitle"),
            Author = channelId,
            AuthorName = snippet.Str("channelTitle"),
            AuthorUrl = channelId is null ? null : $"https://www.youtube.com/channel/{channelId}",
            LangHint = snippet.Str("defaultLanguage") ?? snippet.Str("defaultAudioLanguage"),
            CreatedAt = snippet.Time("publishedAt"),
            CollectedAt = collectedAt,
            Url = $"https://www.youtube.com/watch?v={id}",
            Engagement = item.Get("statistics") is { } stats
                ? new Engagement(stats.Long("viewCount"), stats.Long("likeCount"), Replies: stats.Long("commentCount"))
                : Engagement.None,
            Media = [new MediaRef("video", $"https://www.youtube.com/watch?v={id}")],
        });
    }

    private static IEnumerable<Mapped> MapThread(JsonElement thread, DateTimeOffset collectedAt)
    {
        var snippet = thread.Get("snippet");
        if (snippet.Get("topLevelComment") is not { } top)
        {
            yield return Mapped.Fail("the comment thread has no top-level comment");
            yield break;
        }

        var first = MapComment(top, null, collectedAt);
        if (first.Post is { } post && snippet.Long("totalReplyCount") is { } replies)
        {
            first = Mapped.Ok(post with { Engagement = post.Engagement with { Replies = replies } });
        }

        yield return first;
        foreach (var reply in thread.Get("replies").Get("comments").Items())
        {
            yield return MapComment(reply, top.Str("id"), collectedAt);
        }
    }

    private static Mapped MapComment(JsonElement comment, string? replyTo, DateTimeOffset collectedAt)
    {
        var id = comment.Str("id");
        var s = comment.Get("snippet");
        var text = s.Str("textOriginal") ?? Text.HtmlText.ToPlain(s.Str("textDisplay"));
        if (id is null)
        {
            return Mapped.Fail("the comment has no 'id'");
        }

        var videoId = s.Str("videoId");
        return Mapped.Ok(new Post
        {
            Platform = "youtube",
            NativeId = id,
            Text = text,
            Source = videoId,
            Author = s.Get("authorChannelId").Str("value"),
            AuthorName = s.Str("authorDisplayName"),
            AuthorUrl = s.Str("authorChannelUrl"),
            CreatedAt = s.Time("publishedAt"),
            CollectedAt = collectedAt,
            Url = videoId is null ? null : $"https://www.youtube.com/watch?v={videoId}&lc={id}",
            Engagement = new Engagement(Likes: s.Long("likeCount")),
            ReplyTo = replyTo ?? s.Str("parentId"),
        });
    }
}

/// <summary>Parses one YouTube Data API list response; the cursor is its <c>nextPageToken</c>.</summary>
public static class YouTubePageParser
{
    public static PostPage Parse(string json, DateTimeOffset collectedAt)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return PostPage.From(root.Get("items").Items().SelectMany(i => YouTubeItem.Map(i, collectedAt)), root.Str("nextPageToken"));
        }
        catch (JsonException ex)
        {
            return PostPage.Empty($"the response is not valid JSON ({Jsonl.JsonlReader.ShortMessage(ex)})");
        }
    }
}
