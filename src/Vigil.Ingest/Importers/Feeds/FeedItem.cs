using System.Xml.Linq;
using Vigil.Core.Posts;
using Vigil.Ingest.Importers.Text;

namespace Vigil.Ingest.Importers.Feeds;

/// <summary>What a feed says about itself, read before its items.</summary>
/// <param name="Title">Feed title, used as the posts' source.</param>
/// <param name="Language">Feed language (RSS <c>language</c>, Atom <c>xml:lang</c>), a hint for its items.</param>
public sealed record FeedInfo(string? Title, string? Language);

/// <summary>
/// Maps one RSS 2.0 / RSS 1.0 <c>item</c> or Atom <c>entry</c> to a post: the title then the description
/// (or content) as plain text, guid or id as native id, double-encoded UTF-8 repaired.
/// Elements are matched by local name, so namespace prefixes (<c>dc:</c>, <c>content:</c>) do not matter.
/// </summary>
public static class FeedItem
{
    public const string MojibakeNote = "{0} feed field(s) were double-encoded UTF-8 (mojibake) and were repaired.";

    public static Mapped Map(XElement item, FeedInfo feed, DateTimeOffset collectedAt, ImportNotes? notes = null)
    {
        string? Child(string name) => item.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim() is { Length: > 0 } v ? Fix(v, notes) : null;

        var isAtom = item.Name.LocalName == "entry";
        var title = Child("title");
        var body = isAtom ? Child("summary") ?? Child("content") : Child("description") ?? Child("encoded");
        var text = string.Join("\n\n", new[] { title is null ? null : HtmlText.ToPlain(title), HtmlText.ToPlain(body) }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (text.Length == 0)
        {
            return Mapped.Fail("the item has neither a title nor a description");
        }

        var link = isAtom ? AtomLink(item) : Child("link");
        var id = isAtom ? Child("id") : Child("guid");
        var author = isAtom
            ? item.Elements().FirstOrDefault(e => e.Name.LocalName == "author")?.Elements().FirstOrDefault(e => e.Name.LocalName == "name")?.Value.Trim()
            : Child("creator") ?? Child("author");
        var date = isAtom ? Child("published") ?? Child("updated") : Child("pubDate") ?? Child("date");
        var source = feed.Title is null ? null : Fix(feed.Title, notes);
        var lang = (string?)item.Attribute(XNamespace.Xml + "lang") ?? feed.Language;

        return Mapped.Ok(new Post
        {
            Platform = "rss",
            NativeId = id ?? link ?? Post.ContentId("rss", source, text),
            Text = text,
            Source = source,
            AuthorName = author is { Length: > 0 } ? Fix(author, notes) : null,
            LangHint = lang,
            CreatedAt = Csv.CsvTimes.Parse(date),
            CollectedAt = collectedAt,
            Url = link,
            Media = [.. item.Elements()
                .Where(e => e.Name.LocalName is "enclosure" or "content" or "thumbnail" && e.Attribute("url") is not null)
                .Select(e => new MediaRef(MediaKind((string?)e.Attribute("type") ?? (string?)e.Attribute("medium")), (string?)e.Attribute("url")))],
        });
    }

    private static string Fix(string value, ImportNotes? notes)
    {
        var repaired = Mojibake.Repair(value);
        if (!ReferenceEquals(repaired, value) && repaired != value)
        {
            notes?.Count(MojibakeNote);
        }

        return repaired;
    }

    private static string? AtomLink(XElement entry)
    {
        var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        return (string?)(alternate ?? links.FirstOrDefault())?.Attribute("href");
    }

    private static string MediaKind(string? type) => type switch
    {
        null => "other",
        _ when type.StartsWith("image", StringComparison.OrdinalIgnoreCase) => "photo",
        _ when type.StartsWith("video", StringComparison.OrdinalIgnoreCase) => "video",
        _ when type.StartsWith("audio", StringComparison.OrdinalIgnoreCase) => "audio",
        _ => "other",
    };
}
