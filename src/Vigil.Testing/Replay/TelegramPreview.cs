using System.Text;
using System.Text.RegularExpressions;

namespace Vigil.Testing.Replay;

/// <summary>
/// Telegram <c>t.me/s/&lt;channel&gt;</c> pages built from the real recorded preview
/// (<c>tests/fixtures/telegram-web/tme-s-channel-anonymised.html</c>, see SOURCES.md): its header, its
/// three message blocks (cycled) and its footer, with the channel name and message numbers rewritten, so
/// tests and benchmarks can replay a channel of any length in Telegram's real markup.
/// </summary>
public static partial class TelegramPreview
{
    private static readonly Lazy<(string Head, string[] Messages, string Tail)> Parts = new(Split);

    /// <summary>
    /// A preview page holding messages <paramref name="ids"/> (given oldest first, as Telegram renders them),
    /// with the "load older" link to <c>?before=&lt;oldest&gt;</c> when <paramref name="hasOlder"/>.
    /// </summary>
    public static string Page(string channel, IReadOnlyList<long> ids, bool hasOlder)
    {
        var (head, messages, tail) = Parts.Value;
        var oldest = ids.Count > 0 ? ids[0] : 0;
        var sb = new StringBuilder(head.Length + tail.Length + ids.Count * 5000);
        var top = head.Replace("test_channel", channel, StringComparison.Ordinal);
        top = hasOlder
            ? MoreLink().Replace(top, m => m.Value.Replace("1001", oldest.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            : MoreLink().Replace(top, "");
        sb.Append(top);
        for (var i = 0; i < ids.Count; i++)
        {
            var template = messages[(int)(ids[i] % messages.Length)];
            sb.Append(MessageNumber().Replace(template.Replace("test_channel/", "\u0001/", StringComparison.Ordinal), $"{channel}/{ids[i]}")
                .Replace("test_channel", channel, StringComparison.Ordinal));
        }

        sb.Append(tail);
        return sb.ToString();
    }

    /// <summary>
    /// The pages of a channel whose messages are numbered 1…<paramref name="newest"/>, <paramref name="perPage"/>
    /// to a page, keyed by the path and query the connector asks for (<c>/s/channel</c>, <c>/s/channel?before=N</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Channel(string channel, long newest, int perPage)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        string? before = null;
        for (var top = newest; top >= 1; top -= perPage)
        {
            var from = Math.Max(1, top - perPage + 1);
            var ids = new List<long>();
            for (var id = from; id <= top; id++)
            {
                ids.Add(id);
            }

            pages[before is null ? $"/s/{channel}" : $"/s/{channel}?before={before}"] = Page(channel, ids, hasOlder: from > 1);
            before = from.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return pages;
    }

    private static (string, string[], string) Split()
    {
        var html = File.ReadAllText(TestPaths.Fixture("telegram-web", "tme-s-channel-anonymised.html"));
        var marks = MessageComment().Matches(html).Select(m => m.Index).ToList();
        var end = html.IndexOf("</section>", marks[^1], StringComparison.Ordinal);
        var messages = new string[marks.Count];
        for (var i = 0; i < marks.Count; i++)
        {
            messages[i] = html[marks[i]..(i + 1 < marks.Count ? marks[i + 1] : end)];
        }

        return (html[..marks[0]], messages, html[end..]);
    }

    [GeneratedRegex(@"<!-- Message \d+")]
    private static partial Regex MessageComment();

    [GeneratedRegex("\u0001/\\d+")]
    private static partial Regex MessageNumber();

    [GeneratedRegex(@"<link rel=""prev""[^>]*>|<a [^>]*js-messages_more[^>]*></a>")]
    private static partial Regex MoreLink();
}
