using Vigil.Core.Posts;

namespace Vigil.Storage.Search;

/// <summary>
/// One search result: the stored post, a snippet of its text around the match, and its rank (higher is
/// better). The snippet is made on first use: the dashboard pages show whole posts and never ask for it.
/// </summary>
public sealed class SearchHit
{
    private readonly Lazy<Snippet> _snippet;

    public SearchHit(StoredPost post, Snippet snippet, double rank)
        : this(post, new Lazy<Snippet>(snippet), rank)
    {
    }

    public SearchHit(StoredPost post, Func<Snippet> snippet, double rank)
        : this(post, new Lazy<Snippet>(snippet, LazyThreadSafetyMode.PublicationOnly), rank)
    {
    }

    private SearchHit(StoredPost post, Lazy<Snippet> snippet, double rank)
    {
        Post = post;
        _snippet = snippet;
        Rank = rank;
    }

    public StoredPost Post { get; }

    public Snippet Snippet => _snippet.Value;

    public double Rank { get; }
}

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
