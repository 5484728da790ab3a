using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Vigil.Ingest.Importers.Text;

/// <summary>
/// Plain text from HTML (Mastodon <c>content</c>, feed descriptions, Telegram message bodies): line
/// breaks for <c>br</c> and block elements, entities decoded, scripts and styles dropped. The markup is
/// parsed by AngleSharp and never executed or fetched.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "section", "article", "header", "footer",
    };

    /// <summary>The text of an HTML fragment; null or empty input gives "".</summary>
    public static string ToPlain(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        if (html.IndexOf('<') < 0 && html.IndexOf('&') < 0)
        {
            return html.Trim();
        }

        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        return ToPlain(body);
    }

    /// <summary>The text of an element of an already parsed page.</summary>
    public static string ToPlain(INode node)
    {
        var sb = new StringBuilder();
        Append(node, sb);
        return Tidy(sb.ToString());
    }

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element when element.LocalName is "script" or "style" or "template" or "noscript":
                    break;
                case IElement element when element.LocalName == "br":
                    sb.Append('\n');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    sb.Append('\n');
                    Append(element, sb);
                    sb.Append('\n');
                    break;
                case IElement element:
                    Append(element, sb);
                    break;
            }
        }
    }

    /// <summary>Trims each line, keeps one blank line between paragraphs (a run of blank lines counts as one), trims the ends.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace('\u00A0', ' ').Split('\n').Select(l => l.TrimEnd());
        var sb = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                blank++;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(blank > 0 ? "\n\n" : "\n");
            }

            sb.Append(line.TrimStart(' ', '\t'));
            blank = 0;
        }

        return sb.ToString();
    }
}
