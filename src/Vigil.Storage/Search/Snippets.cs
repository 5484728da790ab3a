using System.Text;

namespace Vigil.Storage.Search;

/// <summary>
/// Cuts a snippet out of a stored text around the first word that matches a query, marking every matching
/// word. Matching folds each word of the text, so <c>ایران</c> highlights <c>إيران</c> and <c>Göç</c> highlights
/// <c>goc</c>. Works on the stored text, which in strategic mode is already pseudonymised.
/// </summary>
public static class Snippets
{
    /// <summary>Default snippet width in characters (about two lines).</summary>
    public const int DefaultWidth = 160;

    public static Snippet Make(string text, SearchQuery query, int width = DefaultWidth)
    {
        var wanted = query.HighlightWords.ToArray();
        var spans = new List<(int Start, int Length)>();
        foreach (var (start, length) in WordSpans(text))
        {
            var folded = SearchText.ForIndex(text.Substring(start, length));
            if (folded.Length > 0 && Matches(folded, wanted))
            {
                spans.Add((start, length));
            }
        }

        var (from, to) = Window(text, spans.Count > 0 ? spans[0].Start : 0, width);
        var sb = new StringBuilder();
        if (from > 0)
        {
            sb.Append('…');
        }

        var offset = sb.Length - from;
        sb.Append(text, from, to - from);
        if (to < text.Length)
        {
            sb.Append('…');
        }

        var highlights = spans
            .Where(s => s.Start >= from && s.Start + s.Length <= to)
            .Select(s => new Highlight(s.Start + offset, s.Length))
            .ToArray();
        return new Snippet(sb.ToString(), highlights);
    }

    private static bool Matches(string foldedWord, (string Word, bool Prefix)[] wanted)
    {
        // A text word may fold into several index words (e.g. a Persian word with a half-space).
        foreach (var part in foldedWord.Split(' '))
        {
            foreach (var (word, prefix) in wanted)
            {
                if (prefix ? part.StartsWith(word, StringComparison.Ordinal) : part == word)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Start and length of each whitespace- or punctuation-separated word.</summary>
    private static IEnumerable<(int Start, int Length)> WordSpans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text, i))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text, i))
            {
                i++;
            }

            if (i > start)
            {
                yield return (start, i - start);
            }
        }
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsSurrogate(c))
        {
            var at = char.IsLowSurrogate(c) && i > 0 ? i - 1 : i;
            return Rune.TryGetRuneAt(text, at, out var rune) && SearchText.IsWordRune(rune);
        }

        // Tatweel and joiners live inside words even though they are not letters.
        return c is '\u0640' or '\u200C' or '\u200D' || SearchText.IsWordRune(new Rune(c));
    }

    private static (int From, int To) Window(string text, int anchor, int width)
    {
        if (text.Length <= width)
        {
            return (0, text.Length);
        }

        var from = Math.Max(0, anchor - width / 3);
        var to = Math.Min(text.Length, from + width);
        from = Math.Max(0, to - width);

        // Do not cut words or surrogate pairs in half.
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]) && anchor - from < width / 2)
        {
            from--;
        }

        while (to < text.Length && !char.IsWhiteSpace(text[to]) && to - from < width + 20)
        {
            to++;
        }

        if (from > 0 && char.IsLowSurrogate(text[from]))
        {
            from--;
        }

        if (to < text.Length && char.IsLowSurrogate(text[to]))
        {
            to++;
        }

        return (from, to);
    }
}
