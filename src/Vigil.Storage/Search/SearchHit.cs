using Vigil.Core.Posts;

namespace Vigil.Storage.Search;

/// <summary>One search result: the stored post, a snippet of its text around the match, and its rank (higher is better).</summary>
public sealed record SearchHit(StoredPost Post, Snippet Snippet, double Rank);

/// <summary>A highlighted span inside <see cref="Snippet.Text"/>.</summary>
public readonly record struct Highlight(int Start, int Length);

/// <summary>
/// An excerpt of the stored (already pseudonymised) text with the matching words marked, so a console
/// or a web page can render them its own way.
/// </summary>
public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights)
{
    /// <summary>The text with every highlight wrapped in <paramref name="open"/> and <paramref name="close"/>.</summary>
    public string Mark(string open, string close, Func<string, string>? escape = null)
    {
        escape ??= static s => s;
        var sb = new System.Text.StringBuilder(Text.Length + Highlights.Count * (open.Length + close.Length));
        var at = 0;
        foreach (var h in Highlights)
        {
            sb.Append(escape(Text[at..h.Start])).Append(open).Append(escape(Text.Substring(h.Start, h.Length))).Append(close);
            at = h.Start + h.Length;
        }

        return sb.Append(escape(Text[at..])).ToString();
    }
}
