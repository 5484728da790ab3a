using System.Text.Json;
using Vigil.Core.Posts;
using Vigil.Ingest.Importers.Text;

namespace Vigil.Ingest.Importers.Mastodon;

/// <summary>
/// Maps Mastodon API statuses (<c>/api/v1/timelines/…</c>, <c>/api/v1/statuses/:id</c>) to posts: HTML
/// <c>content</c> to plain text, a content warning kept in front of the text, a boost mapped to the
/// boosted status's text with the boosted account as forwarded-from.
/// </summary>
public static class MastodonStatus
{
    public static Mapped Map(JsonElement status, DateTimeOffset collectedAt)
    {
        var id = status.Str("id");
        if (id is null)
        {
            return Mapped.Fail("the status has no 'id'");
        }

        var account = status.Get("account");
        var reblog = status.Get("reblog");
        var body = reblog ?? status;
        var text = HtmlText.ToPlain(body.Str("content"));
        if (body.Str("spoiler_text") is { Length: > 0 } warning)
        {
            text = $"{warning}\n\n{text}";
        }

        return Mapped.Ok(new Post
        {
            Platform = "mastodon",
            NativeId = id,
            Text = text,
            Author = account.Str("acct"),
            AuthorName = account.Str("display_name") is { Length: > 0 } name ? name : null,
            AuthorUrl = account.Str("url"),
            LangHint = body.Str("language"),
            CreatedAt = status.Time("created_at"),
            CollectedAt = collectedAt,
            Url = status.Str("url") ?? status.Str("uri") ?? reblog.Str("url"),
            Engagement = new Engagement(
                Likes: body.Long("favourites_count"),
                Shares: body.Long("reblogs_count"),
                Replies: body.Long("replies_count")),
            Media = [.. body.Get("media_attachments").Items().Select(m => new MediaRef(Kind(m.Str("type")), m.Str("url") ?? m.Str("remote_url")))],
            ReplyTo = status.Str("in_reply_to_id"),
            ForwardedFrom = reblog is null ? null : reblog.Get("account").Str("acct"),
        });
    }

    private static string Kind(string? type) => type switch
    {
        "image" => "photo",
        "video" or "gifv" => "video",
        "audio" => "audio",
        _ => "other",
    };
}

/// <summary>
/// Parses one Mastodon API response body: an array of statuses or a single status. The cursor is the
/// id of the last (oldest) status, to pass as <c>max_id</c> for the next page.
/// </summary>
public static class MastodonPageParser
{
    public static PostPage Parse(string json, DateTimeOffset collectedAt)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var statuses = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            var page = PostPage.From(statuses.Select(s => MastodonStatus.Map(s, collectedAt)), null);
            return page with { NextCursor = statuses.Count > 0 ? statuses[^1].Str("id") : null };
        }
        catch (JsonException ex)
        {
            return PostPage.Empty($"the response is not valid JSON ({Jsonl.JsonlReader.ShortMessage(ex)})");
        }
    }
}
