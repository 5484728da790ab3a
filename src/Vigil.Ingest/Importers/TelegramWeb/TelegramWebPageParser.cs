using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Vigil.Core.Posts;
using Vigil.Ingest.Importers.Text;

namespace Vigil.Ingest.Importers.TelegramWeb;

/// <summary>
/// Parses a Telegram public-channel web preview page (<c>https://t.me/s/&lt;channel&gt;</c>): each
/// <c>tgme_widget_message</c> becomes a post with its text, views, time, media, forwarded-from and reply
/// link; the "load older" link gives the <c>before</c> cursor. A pure function over the HTML, so the
/// Telegram connector uses it on live pages as the importer does on saved ones.
/// </summary>
public static partial class TelegramWebPageParser
{
    /// <param name="html">The page's HTML.</param>
    /// <param name="collectedAt">Collection time for the posts.</param>
    /// <returns>The posts in page order (oldest first, as Telegram renders them) and the <c>before</c> cursor for older posts.</returns>
    public static PostPage Parse(string html, DateTimeOffset collectedAt)
    {
        var document = new HtmlParser().ParseDocument(html);
        var messages = document.QuerySelectorAll(".tgme_widget_message[data-post]");
        if (messages.Length == 0 && document.QuerySelector(".tgme_channel_info, .tgme_channel_history") is null)
        {
            return PostPage.Empty("The page is not a Telegram channel preview (no tgme_widget_message elements).");
        }

        return PostPage.From(messages.Select(m => Map(m, collectedAt)), BeforeCursor(document));
    }

    /// <summary>Maps one <c>tgme_widget_message</c> element.</summary>
    public static Mapped Map(IElement message, DateTimeOffset collectedAt)
    {
        var dataPost = message.GetAttribute("data-post") ?? "";
        var slash = dataPost.LastIndexOf('/');
        if (slash <= 0 || slash == dataPost.Length - 1)
        {
            return Mapped.Fail("the message has no data-post channel/id");
        }

        var channel = dataPost[..slash];
        // The quoted text of a reply is also a tgme_widget_message_text, inside the reply link.
        var textElement = message.QuerySelectorAll(".tgme_widget_message_text").FirstOrDefault(e => e.Closest(".tgme_widget_message_reply") is null);
        var owner = message.QuerySelector(".tgme_widget_message_owner_name");
        var signature = message.QuerySelector(".tgme_widget_message_from_author");
        var date = message.QuerySelector("a.tgme_widget_message_date");
        var time = date?.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var forwarded = message.QuerySelector(".tgme_widget_message_forwarded_from_name");
        var reply = message.QuerySelector("a.tgme_widget_message_reply")?.GetAttribute("href");

        return Mapped.Ok(new Post
        {
            Platform = "telegram",
            NativeId = dataPost,
            Text = textElement is null ? "" : HtmlText.ToPlain(textElement),
            Source = channel,
            Author = signature is null ? channel : null,
            AuthorName = signature?.TextContent.Trim() ?? owner?.TextContent.Trim(),
            AuthorUrl = signature is null ? owner?.GetAttribute("href") : null,
            CreatedAt = DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUniversalTime() : null,
            CollectedAt = collectedAt,
            Url = date?.GetAttribute("href") ?? $"https://t.me/{dataPost}",
            Engagement = new Engagement(
                Views: ParseCount(message.QuerySelector(".tgme_widget_message_views")?.TextContent),
                Likes: Reactions(message)),
            Media = MediaOf(message),
            ReplyTo = reply is null ? null : PostIdFromUrl(reply),
            ForwardedFrom = forwarded is null ? null : ForwardedName(forwarded),
        });
    }

    /// <summary>Telegram's abbreviated counts: "950", "2.5K", "1.2M".</summary>
    public static long? ParseCount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.Trim().Replace(",", ".", StringComparison.Ordinal);
        var factor = 1d;
        if (s.EndsWith('K') || s.EndsWith('k'))
        {
            factor = 1_000;
            s = s[..^1];
        }
        else if (s.EndsWith('M') || s.EndsWith('m'))
        {
            factor = 1_000_000;
            s = s[..^1];
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? (long)Math.Round(n * factor) : null;
    }

    private static long? Reactions(IElement message)
    {
        long? total = null;
        foreach (var reaction in message.QuerySelectorAll(".tgme_reaction"))
        {
            var digits = reaction.ChildNodes.OfType<IText>().Select(t => t.Data.Trim()).LastOrDefault(t => t.Length > 0);
            if (ParseCount(digits) is { } n)
            {
                total = (total ?? 0) + n;
            }
        }

        return total;
    }

    private static List<MediaRef> MediaOf(IElement message)
    {
        var media = new List<MediaRef>();
        foreach (var photo in message.QuerySelectorAll(".tgme_widget_message_photo_wrap"))
        {
            media.Add(new MediaRef("photo", BackgroundUrl(photo.GetAttribute("style"))));
        }

        foreach (var video in message.QuerySelectorAll(".tgme_widget_message_video_player"))
        {
            media.Add(new MediaRef("video", video.QuerySelector("video")?.GetAttribute("src")));
        }

        foreach (var document in message.QuerySelectorAll(".tgme_widget_message_document"))
        {
            media.Add(new MediaRef("document", null));
        }

        foreach (var voice in message.QuerySelectorAll(".tgme_widget_message_voice"))
        {
            media.Add(new MediaRef("audio", voice.GetAttribute("src")));
        }

        return media;
    }

    private static string? BackgroundUrl(string? style)
    {
        if (style is null)
        {
            return null;
        }

        var m = BackgroundImage().Match(style);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string ForwardedName(IElement forwarded)
    {
        var href = forwarded.GetAttribute("href");
        if (href is not null && PostIdFromUrl(href) is { } post)
        {
            return post[..post.LastIndexOf('/')];
        }

        return forwarded.TextContent.Trim();
    }

    /// <summary>"https://t.me/channel/123" → "channel/123".</summary>
    private static string? PostIdFromUrl(string url)
    {
        var m = PostUrl().Match(url);
        return m.Success ? $"{m.Groups[1].Value}/{m.Groups[2].Value}" : null;
    }

    private static string? BeforeCursor(IDocument document)
    {
        if (document.QuerySelector(".js-messages_more[data-before]")?.GetAttribute("data-before") is { Length: > 0 } before)
        {
            return before;
        }

        var prev = document.QuerySelector("link[rel=prev]")?.GetAttribute("href");
        var m = prev is null ? Match.Empty : BeforeParam().Match(prev);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"background-image:\s*url\(['""]?([^'"")]+)['""]?\)")]
    private static partial Regex BackgroundImage();

    [GeneratedRegex(@"t\.me/(?:s/)?([A-Za-z0-9_]{3,})/(\d+)")]
    private static partial Regex PostUrl();

    [GeneratedRegex(@"[?&]before=(\d+)")]
    private static partial Regex BeforeParam();
}
