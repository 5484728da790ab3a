using System.Net;
using System.Text.Json;
using Vigil.Core.Posts;

namespace Vigil.Ingest.Importers.Vk;

/// <summary>
/// Maps VK API wall posts (<c>wall.get</c>, <c>newsfeed.search</c> items). The native id is VK's own
/// <c>owner_id_id</c> (as in <c>vk.com/wall-1_2</c>); a repost with no text of its own takes the text
/// of the reposted post and names its owner as forwarded-from. VK escapes some text as HTML entities.
/// </summary>
public static class VkWallPost
{
    public static Mapped Map(JsonElement item, DateTimeOffset collectedAt)
    {
        var id = item.Str("id");
        var owner = item.Str("owner_id") ?? item.Str("source_id") ?? item.Str("from_id");
        if (id is null || owner is null)
        {
            return Mapped.Fail("the post has no 'id' or 'owner_id'");
        }

        var text = item.Str("text") ?? "";
        var copy = item.Get("copy_history").Items().FirstOrDefault();
        string? forwarded = null;
        var attachments = item.Get("attachments").Items().ToList();
        if (copy.ValueKind == JsonValueKind.Object)
        {
            forwarded = Account(copy.Str("owner_id") ?? copy.Str("from_id"));
            if (string.IsNullOrWhiteSpace(text))
            {
                text = copy.Str("text") ?? "";
            }

            attachments.AddRange(copy.Get("attachments").Items());
        }

        var from = item.Str("from_id") ?? owner;
        return Mapped.Ok(new Post
        {
            Platform = "vk",
            NativeId = $"{owner}_{id}",
            Text = WebUtility.HtmlDecode(text),
            Source = Account(owner),
            Author = Account(from),
            AuthorUrl = Account(from) is { } a ? $"https://vk.com/{a}" : null,
            CreatedAt = item.Get("date") is { } d ? JsonFields.AsTime(d) : null,
            CollectedAt = collectedAt,
            Url = $"https://vk.com/wall{owner}_{id}",
            Engagement = new Engagement(
                Views: item.Get("views").Long("count"),
                Likes: item.Get("likes").Long("count"),
                Shares: item.Get("reposts").Long("count"),
                Replies: item.Get("comments").Long("count")),
            Media = [.. attachments.Select(Media)],
            ForwardedFrom = forwarded,
        });
    }

    /// <summary>VK ids: positive for people (<c>id123</c>), negative for communities (<c>club123</c>).</summary>
    private static string? Account(string? id) =>
        id is null ? null : id.StartsWith('-') ? $"club{id[1..]}" : $"id{id}";

    private static MediaRef Media(JsonElement attachment)
    {
        var type = attachment.Str("type");
        var body = type is null ? null : attachment.Get(type);
        return type switch
        {
            "photo" => new MediaRef("photo", body.Get("sizes").Items().LastOrDefault() is { ValueKind: JsonValueKind.Object } size
                ? size.Str("url")
                : body.Str("photo_604") ?? body.Str("photo_130") ?? body.Str("photo_75")),
            "video" => new MediaRef("video", body.Str("player")),
            "audio" => new MediaRef("audio", body.Str("url")),
            "doc" => new MediaRef("document", body.Str("url")),
            "link" => new MediaRef("link", body.Str("url")),
            _ => new MediaRef("other"),
        };
    }
}

/// <summary>Parses one VK API response; the cursor is <c>next_from</c> (newsfeed.search) when present.</summary>
public static class VkPageParser
{
    public static PostPage Parse(string json, DateTimeOffset collectedAt)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var response = document.RootElement.Get("response");
            if (document.RootElement.Get("error") is { } error)
            {
                return PostPage.Empty($"the response is a VK API error (code {error.Str("error_code")})");
            }

            return PostPage.From(response.Get("items").Items().Select(i => VkWallPost.Map(i, collectedAt)), response.Str("next_from"));
        }
        catch (JsonException ex)
        {
            return PostPage.Empty($"the response is not valid JSON ({Jsonl.JsonlReader.ShortMessage(ex)})");
        }
    }
}
