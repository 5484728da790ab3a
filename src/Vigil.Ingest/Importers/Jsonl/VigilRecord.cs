using System.Text.Json;
using Vigil.Core.Posts;

namespace Vigil.Ingest.Importers.Jsonl;

/// <summary>
/// Maps one object of Vigil's own JSON schema (docs/formats.md) to a <see cref="Post"/>. The schema is a
/// superset of the <c>analyze</c> input: <c>id</c>, <c>text</c>, <c>platform</c>, <c>url</c>, <c>author</c>,
/// <c>created_at</c>, <c>lang</c>, plus <c>source</c>, <c>author_name</c>, <c>author_url</c>,
/// <c>engagement</c>, <c>media</c>, <c>reply_to</c>, <c>forwarded_from</c>, <c>collected_at</c>.
/// </summary>
public static class VigilRecord
{
    public const string UnreadableDateNote = "{0} record(s) had an unreadable created_at and were kept without a date.";

    /// <param name="defaultPlatform">Platform when the record names none.</param>
    /// <param name="defaultSource">Source when the record names none.</param>
    /// <param name="now">Collection time when the record gives none.</param>
    /// <param name="notes">Receives counted notes (unreadable dates); may be null.</param>
    public static Mapped Map(JsonElement e, string defaultPlatform, string? defaultSource, DateTimeOffset now, ImportNotes? notes = null)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return Mapped.Fail("it is not a JSON object");
        }

        var text = e.Str("text");
        if (text is null)
        {
            return Mapped.Fail("it has no 'text' field");
        }

        var platform = (e.Str("platform") ?? defaultPlatform).Trim().ToLowerInvariant();
        if (platform.Length == 0)
        {
            platform = defaultPlatform;
        }

        var source = e.Str("source") ?? defaultSource;
        var created = e.Get("created_at");
        var createdAt = created is { } c ? JsonFields.AsTime(c) : null;
        if (created is not null && createdAt is null)
        {
            notes?.Count(UnreadableDateNote);
        }

        var id = e.Str("id");
        return Mapped.Ok(new Post
        {
            Platform = platform,
            NativeId = string.IsNullOrWhiteSpace(id) ? Post.ContentId(platform, source, text) : id,
            Text = text,
            Source = source,
            Author = e.Str("author"),
            AuthorName = e.Str("author_name"),
            AuthorUrl = e.Str("author_url"),
            LangHint = e.Str("lang"),
            CreatedAt = createdAt,
            CollectedAt = e.Time("collected_at") ?? now,
            Url = e.Str("url"),
            Engagement = ReadEngagement(e.Get("engagement")),
            Media = ReadMedia(e.Get("media")),
            ReplyTo = e.Str("reply_to"),
            ForwardedFrom = e.Str("forwarded_from"),
        });
    }

    private static Engagement ReadEngagement(JsonElement? e) =>
        e is { ValueKind: JsonValueKind.Object } o
            ? new Engagement(o.Long("views"), o.Long("likes"), o.Long("shares"), o.Long("replies"))
            : Engagement.None;

    private static IReadOnlyList<MediaRef> ReadMedia(JsonElement? e) =>
        [.. e.Items().Select(m => m.ValueKind == JsonValueKind.String
            ? new MediaRef("other", m.GetString())
            : new MediaRef(m.Str("kind") ?? "other", m.Str("url")))];
}
