using System.Text;

namespace Vigil.Storage.Search;

/// <summary>One query term: folded words that must appear in this order, optionally as a prefix, optionally excluded.</summary>
public sealed record QueryTerm(IReadOnlyList<string> Words, bool Prefix, bool Excluded);

/// <summary>
/// A search as a person typed it, parsed into folded terms. Parsing never fails: characters that are not
/// part of words are separators, and a query with no positive term is <see cref="IsEmpty"/> (no hits).
/// The terms are rendered into each database's own syntax with every word quoted, so no input can
/// change the meaning of the query or cause a syntax error.
/// </summary>
/// <remarks>
/// Syntax: words are ANDed; <c>"several words"</c> is a phrase; a trailing <c>*</c> makes the last word a
/// prefix; a leading <c>-</c> excludes a word or phrase.
/// </remarks>
public sealed record SearchQuery(IReadOnlyList<QueryTerm> Terms)
{
    /// <summary>Longest query text considered; the rest is ignored.</summary>
    public const int MaxLength = 1000;

    /// <summary>Most terms considered; later terms are ignored.</summary>
    public const int MaxTerms = 32;

    public IEnumerable<QueryTerm> Positive => Terms.Where(t => !t.Excluded);
    public IEnumerable<QueryTerm> Excluded => Terms.Where(t => t.Excluded);

    /// <summary>True when nothing would match: no positive term.</summary>
    public bool IsEmpty => !Terms.Any(t => !t.Excluded);

    /// <summary>All words of positive terms (for highlighting).</summary>
    public IEnumerable<(string Word, bool Prefix)> HighlightWords =>
        Positive.SelectMany(t => t.Words.Select((w, i) => (w, t.Prefix && i == t.Words.Count - 1)));

    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchQuery([]);
        }

        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var terms = new List<QueryTerm>();
        var i = 0;
        while (i < text.Length && terms.Count < MaxTerms)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var excluded = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                i++;
            }

            string raw;
            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                raw = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
                {
                    i++;
                }

                raw = text[start..i];
            }

            var prefix = raw.EndsWith('*') && raw.TrimEnd('*').Length > 0 && SearchText.Words(raw.TrimEnd('*')).Count > 0;
            var words = SearchText.Words(raw);
            if (words.Count > 0)
            {
                terms.Add(new QueryTerm(words, prefix, excluded));
            }
        }

        return new SearchQuery(terms);
    }

    /// <summary>
    /// The query in SQLite FTS5 syntax, every word a quoted string: <c>("a" AND "b c") NOT "d"</c>.
    /// Only meaningful when not <see cref="IsEmpty"/>.
    /// </summary>
    public string ToFts5()
    {
        var sb = new StringBuilder();
        sb.Append('(');
        var first = true;
        foreach (var term in Positive)
        {
            if (!first)
            {
                sb.Append(" AND ");
            }

            first = false;
            AppendFts5(sb, term);
        }

        sb.Append(')');
        foreach (var term in Excluded)
        {
            sb.Append(" NOT ");
            AppendFts5(sb, term);
        }

        return sb.ToString();
    }

    private static void AppendFts5(StringBuilder sb, QueryTerm term)
    {
        // Words hold only letters, digits and marks, but quote defensively: "" is FTS5's escaped quote.
        sb.Append('"').Append(string.Join(' ', term.Words).Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        if (term.Prefix)
        {
            sb.Append('*');
        }
    }
}
