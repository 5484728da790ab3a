using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Vigil.Web.Rendering;

/// <summary>
/// Renders adversarial post text as inert HTML: every character is HTML-encoded; bidi controls
/// (U+202A–U+202E, U+2066–U+2069) and zero-width characters are shown as visible markers instead of
/// acting on the layout; pseudonym tokens such as <c>[phone:TR:ps_…]</c> are highlighted; very long
/// texts are cut with a note. Nothing a post contains can become markup, script or style.
/// </summary>
public static partial class HostileText
{
    public const int ListLimit = 1_500;

    public static IHtmlContent Render(string? text, int limit = int.MaxValue)
    {
        var html = new StringBuilder((text?.Length ?? 0) + 64);
        using (var writer = new StringWriter(html, CultureInfo.InvariantCulture))
        {
            Write(writer, text, limit);
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>Writes what <see cref="Render"/> returns straight to <paramref name="html"/>, without intermediate strings.</summary>
    public static void Write(TextWriter html, string? text, int limit = int.MaxValue)
    {
        text ??= "";
        var cut = text.Length > limit;
        var end = cut ? limit : text.Length;
        var at = 0;
        foreach (var token in Token().EnumerateMatches(text.AsSpan(0, end)))
        {
            WriteText(html, text, at, token.Index);
            html.Write("<span class=\"token\">");
            WriteText(html, text, token.Index, token.Index + token.Length);
            html.Write("</span>");
            at = token.Index + token.Length;
        }

        WriteText(html, text, at, end);
        if (cut)
        {
            html.Write(string.Create(CultureInfo.InvariantCulture, $" <em>… (cut: {text.Length:N0} characters in all; open the post to see everything)</em>"));
        }
    }

    /// <summary>Text with the markers of <see cref="Render"/>, for plain-text contexts (titles, CSV).</summary>
    public static bool IsControl(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F';

    /// <summary>Encodes <c>text[start..end]</c>, with control characters as visible markers.</summary>
    private static void WriteText(TextWriter html, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsControl(text[i]))
            {
                HtmlEncoder.Default.Encode(html, text, start, i - start);
                html.Write("<span class=\"ctl\" title=\"hidden control character\">U+");
                html.Write(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
                html.Write("</span>");
                start = i + 1;
            }
        }

        HtmlEncoder.Default.Encode(html, text, start, end - start);
    }

    [GeneratedRegex(@"\[[a-z]+(?::[A-Za-z]{2})?:ps_[0-9a-f]+\]")]
    private static partial Regex Token();
}
