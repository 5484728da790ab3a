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
        text ??= "";
        var cut = text.Length > limit;
        var shown = cut ? text[..limit] : text;
        var html = new StringBuilder(shown.Length + 64);
        var at = 0;
        foreach (Match token in Token().Matches(shown))
        {
            AppendText(html, shown.AsSpan(at, token.Index - at));
            html.Append("<span class=\"token\">");
            AppendText(html, token.ValueSpan);
            html.Append("</span>");
            at = token.Index + token.Length;
        }

        AppendText(html, shown.AsSpan(at));
        if (cut)
        {
            html.Append(CultureInfo.InvariantCulture, $" <em>… (cut: {text.Length:N0} characters in all; open the post to see everything)</em>");
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>Text with the markers of <see cref="Render"/>, for plain-text contexts (titles, CSV).</summary>
    public static bool IsControl(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F';

    private static void AppendText(StringBuilder html, ReadOnlySpan<char> text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsControl(text[i]))
            {
                html.Append(HtmlEncoder.Default.Encode(text[start..i].ToString()));
                html.Append(CultureInfo.InvariantCulture, $"<span class=\"ctl\" title=\"hidden control character\">U+{(int)text[i]:X4}</span>");
                start = i + 1;
            }
        }

        html.Append(HtmlEncoder.Default.Encode(text[start..].ToString()));
    }

    [GeneratedRegex(@"\[[a-z]+(?::[A-Za-z]{2})?:ps_[0-9a-f]+\]")]
    private static partial Regex Token();
}
