using System.Net;
using System.Text.Json;
using Vigil.Core.Posts;

namespace Vigil.Ingest.Importers.Reddit;

/// <summary>
/// Maps the children of a Reddit <c>Listing</c>: <c>t3</c> (link and self posts: title, then self text)
/// and <c>t1</c> (comments, replying to their parent). Other kinds (users, subreddits, "more") are skipped.
/// Old listings lack newer fields; every field is optional except the id.
/// </summary>
public static class RedditThing
{
    public static Mapped Map(JsonElement child, DateTimeOffset collectedAt)
    {
        var kind = child.Str("kind");
        var data = child.Get("data");
        if (kind is not ("t3" or "t1") || data is not { } d)
        {
            return Mapped.Skip(kind ?? "unknown");
        }

        var id = d.Str("id");
        if (id is null)
        {
            return Mapped.Fail("the listing child has no 'id'");
        }

        var author = d.Str("author") is { } a && a != "[deleted]" ? a : null;
        var text = kind == "t3"
            ? string.Join("\n\n", new[] { d.Str("title"), d.Str("selftext") }.Where(s => !string.IsNullOrWhiteSpace(s)))
            : d.Str("body") ?? "";
        var permalink = d.Str("permalink");
        var media = new List<MediaRef>();
        if (kind == "t3" && d.Get("is_self") is { ValueKind: JsonValueKind.False } && d.Str("url") is { } link)
        {
            media.Add(new MediaRef(d.Str("post_hint") switch
            {
                "image" => "photo",
                "hosted:video" or "rich:video" => "video",
                _ => "link",
            }, link));
        }

        return Mapped.Ok(new Post
        {
            Platform = "reddit",
            NativeId = $"{kind}_{id}",
            Text = WebUtility.HtmlDecode(text),
            Source = d.Str("subreddit"),
            Author = author,
            AuthorUrl = author is null ? null : $"https://www.reddit.com/user/{author}",
            CreatedAt = d.Get("created_utc") is { } c ? JsonFields.AsTime(c) : null,
            CollectedAt = collectedAt,
            Url = permalink is null ? null : "https://www.reddit.com" + permalink,
            Engagement = new Engagement(Likes: d.Long("score") ?? d.Long("ups"), Replies: d.Long("num_comments")),
            Media = media,
            ReplyTo = kind == "t1" ? d.Str("parent_id") : null,
            ForwardedFrom = d.Str("crosspost_parent"),
        });
    }
}

/// <summary>Parses one Reddit <c>Listing</c> response; the cursor is its <c>after</c> fullname.</summary>
public static class RedditListingParser
{
    public static PostPage Parse(string json, DateTimeOffset collectedAt)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var data = document.RootElement.Get("data");
            return PostPage.From(data.Get("children").Items().Select(c => RedditThing.Map(c, collectedAt)), data.Str("after"));
        }
        catch (JsonException ex)
        {
            return PostPage.Empty($"the response is not valid JSON ({Jsonl.JsonlReader.ShortMessage(ex)})");
        }
    }
}
