using System.Text;
using System.Text.Json;
using Vigil.Core.Posts;

namespace Vigil.Ingest.Importers.TelegramExport;

/// <summary>
/// Maps one message of a Telegram Desktop JSON export (<c>result.json</c>) to a post. Service messages
/// (joins, title changes, pins) and messages Desktop could not export are skipped, not rejected.
/// </summary>
public static class TelegramExportMessage
{
    /// <param name="chatId">The chat's <c>id</c> from the export header; prefixes the native id so two chats never collide.</param>
    /// <param name="chatName">The chat's name, used as the post's source.</param>
    public static Mapped Map(JsonElement m, string chatId, string? chatName, DateTimeOffset now)
    {
        var type = m.Str("type");
        if (type is "service")
        {
            return Mapped.Skip("service message");
        }

        if (type is not (null or "message"))
        {
            return Mapped.Skip("unsupported message");
        }

        var id = m.Str("id");
        if (id is null)
        {
            return Mapped.Fail("the message has no 'id'");
        }

        var created = m.Get("date_unixtime") is { } unix ? JsonFields.AsTime(unix) : null;
        created ??= m.Str("date") is { } local ? JsonFields.ParseTime(local) : null;
        var reply = m.Str("reply_to_message_id");
        return Mapped.Ok(new Post
        {
            Platform = "telegram",
            NativeId = $"{chatId}/{id}",
            Text = TextOf(m.Get("text")),
            Source = chatName,
            Author = m.Str("from_id"),
            AuthorName = m.Str("from"),
            CreatedAt = created,
            CollectedAt = now,
            Engagement = Reactions(m),
            Media = MediaOf(m),
            ReplyTo = reply is null ? null : $"{chatId}/{reply}",
            ForwardedFrom = m.Str("forwarded_from") ?? m.Str("forwarded_from_id"),
        });
    }

    /// <summary>The plain text of a <c>text</c> field: a string, or an array of strings and entity objects.</summary>
    public static string TextOf(JsonElement? text)
    {
        if (text is not { } t)
        {
            return "";
        }

        if (t.ValueKind == JsonValueKind.String)
        {
            return t.GetString() ?? "";
        }

        var sb = new StringBuilder();
        foreach (var part in ((JsonElement?)t).Items())
        {
            sb.Append(part.ValueKind == JsonValueKind.String ? part.GetString() : part.Str("text"));
        }

        return sb.ToString();
    }

    private static Engagement Reactions(JsonElement m)
    {
        long? total = null;
        foreach (var r in m.Items("reactions"))
        {
            total = (total ?? 0) + (r.Long("count") ?? 0);
        }

        return total is null ? Engagement.None : new Engagement(Likes: total);
    }

    private static IReadOnlyList<MediaRef> MediaOf(JsonElement m)
    {
        var media = new List<MediaRef>();
        if (m.Str("photo") is { } photo)
        {
            media.Add(new MediaRef("photo", photo));
        }

        if (m.Str("file") is { } file)
        {
            var kind = m.Str("media_type") switch
            {
                "video_file" or "video_message" or "animation" => "video",
                "voice_message" or "audio_file" => "audio",
                null => "document",
                _ => "other",
            };
            media.Add(new MediaRef(kind, file));
        }

        return media;
    }
}
