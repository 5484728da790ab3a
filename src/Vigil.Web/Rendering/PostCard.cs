using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.Web.Rendering;

/// <summary>
/// A post as the dashboard lists it (triage, search, clusters, post detail): category, confidence,
/// language, platform, source, date, the text through <see cref="HostileText"/> and the explanation.
/// Written straight into one buffer: as a Razor partial, the per-post view lookup, view context and
/// buffer copies cost more CPU than the post's content (docs/benchmarks.md). Every value taken from a
/// post is HTML-encoded, in text and in attributes.
/// </summary>
public static class PostCard
{
    /// <summary>How many explanation lines a list shows; the post's own page shows up to 50.</summary>
    public const int ListExplanationLines = 4;

    public static IHtmlContent Render(StoredPost post, bool full = false)
    {
        var html = new StringBuilder(2048);
        using (var writer = new StringWriter(html, CultureInfo.InvariantCulture))
        {
            Write(writer, post, full);
        }

        return new HtmlString(html.ToString());
    }

    private static void Write(TextWriter w, StoredPost post, bool full)
    {
        var encoder = HtmlEncoder.Default;
        var a = post.Analysis;
        w.Write("<article class=\"post\" aria-label=\"Post ");
        encoder.Encode(w, post.Key.ToString());
        w.Write("\">\n    <div class=\"meta\">\n        <span class=\"cat ");
        w.Write(a?.Category.IsFlagged() == true ? "flagged" : "");
        w.Write("\">");
        encoder.Encode(w, a?.Category.ToWire() ?? "unanalysed");
        w.Write("</span>\n");
        if (a is not null)
        {
            w.Write("        <span>confidence ");
            w.Write(a.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            w.Write("</span> <span>lang ");
            encoder.Encode(w, a.Language.Code);
            w.Write("</span>\n");
        }

        w.Write("        <span>");
        encoder.Encode(w, post.Key.Platform);
        w.Write("</span>\n");
        if (post.Source is not null)
        {
            w.Write("        <span>source ");
            encoder.Encode(w, post.Source);
            w.Write("</span>\n");
        }

        w.Write("        <span>");
        w.Write((post.CreatedAt ?? post.CollectedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        w.Write("</span>\n");
        if (!full)
        {
            w.Write("        <a href=\"/post/");
            encoder.Encode(w, Uri.EscapeDataString(post.Key.Platform));
            w.Write('/');
            encoder.Encode(w, Uri.EscapeDataString(post.Key.NativeId));
            w.Write("\">open</a>\n");
        }

        w.Write("    </div>\n    <div class=\"post-text");
        w.Write(full ? " full" : "");
        w.Write("\" dir=\"auto\" lang=\"");
        encoder.Encode(w, a?.Language.Code ?? "und");
        w.Write("\">");
        HostileText.Write(w, post.Text, full ? int.MaxValue : HostileText.ListLimit);
        w.Write("</div>\n");
        if (a is not null && a.Explanation.Count > 0)
        {
            w.Write("    <ul class=\"explain\">\n");
            foreach (var line in a.Explanation.Take(full ? 50 : ListExplanationLines))
            {
                w.Write("        <li>");
                encoder.Encode(w, line);
                w.Write("</li>\n");
            }

            w.Write("    </ul>\n");
        }

        w.Write("</article>\n");
    }
}
