namespace Vigil.Analysis.Extraction;

/// <summary>A lexicon phrase found in a folded text: tokens [First, First+Count), what it means, and how it was reached.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="Count">Number of tokens.</param>
/// <param name="Info">What the phrase means.</param>
/// <param name="CliticRole">Role given by an Arabic clitic stripped from the first token ("لليونان": ل = to).</param>
/// <param name="Suffix">Ending stripped from the last token to reach the entry ("yunanistana" → "a").</param>
internal readonly record struct PhraseMatch(int First, int Count, PhraseInfo Info, string? CliticRole, string? Suffix)
{
    public int Last => First + Count - 1;
}

/// <summary>
/// Greedy longest-match of lexicon phrases over folded tokens, with the two inflection rules the route
/// languages need: Arabic clitics stripped from the front of a word (و ف ب ل ك and the article), and short
/// endings stripped from the back of a non-Arabic word (Russian cases, Turkish endings, plurals).
/// Pure; allocates only the result list.
/// </summary>
internal static class PhraseMatcher
{
    // Longest first; each strips the clitics (and article) in front of an Arabic-script word.
    private static readonly string[] ArabicPrefixes = ["وبال", "ولل", "وال", "فال", "بال", "کال", "لل", "وب", "ول", "فب", "ال", "و", "ف", "ب", "ل", "ک"];

    public static List<PhraseMatch> Match(IndicatorLexicon lexicon, char[] folded, List<Token> tokens)
    {
        var matches = new List<PhraseMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (TryMatchAt(lexicon, folded, tokens, i, out var match))
            {
                matches.Add(match);
                i += match.Count;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    private static bool TryMatchAt(IndicatorLexicon lexicon, char[] folded, List<Token> tokens, int i, out PhraseMatch match)
    {
        var first = tokens[i];
        var left = tokens.Count - i;
        var max = Math.Min(lexicon.MaxTokensFrom(folded.AsSpan(first.FoldStart, first.FoldLength)), left);
        for (var n = max; n >= 1; n--)
        {
            var span = folded.AsSpan(first.FoldStart, tokens[i + n - 1].FoldEnd - first.FoldStart);
            if (lexicon.Lookup(span) is { } info)
            {
                match = new PhraseMatch(i, n, info, null, null);
                return true;
            }
        }

        if (first.Kind == TokenKind.Word && first.FoldLength >= 3)
        {
            var word = folded.AsSpan(first.FoldStart, first.FoldLength);
            if (word[0] is >= '\u0600' and <= '\u06FF')
            {
                foreach (var prefix in ArabicPrefixes)
                {
                    if (word.Length - prefix.Length < 3 || !word.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var stripped = Math.Min(lexicon.MaxTokensFrom(word[prefix.Length..]), left);
                    for (var n = stripped; n >= 1; n--)
                    {
                        var start = first.FoldStart + prefix.Length;
                        var span = folded.AsSpan(start, tokens[i + n - 1].FoldEnd - start);
                        if (lexicon.Lookup(span) is { } info)
                        {
                            match = new PhraseMatch(i, n, info, prefix is "ل" or "لل" or "ول" or "ولل" ? "destination" : null, null);
                            return true;
                        }
                    }
                }
            }
            else
            {
                if (lexicon.LookupStem(word) is { } stemInfo)
                {
                    match = new PhraseMatch(i, 1, stemInfo, null, null);
                    return true;
                }

                // Endings are stripped only in scripts where the gazetteer and lexicons hold base forms of
                // inflected words (Latin: Turkish, Kurmanji; Cyrillic: Russian, Ukrainian).
                if (first.FoldLength >= 6 && (char.IsAsciiLetterLower(word[0]) || word[0] is >= '\u0430' and <= '\u045F'))
                {
                    for (var k = 1; k <= 3 && word.Length - k >= 4; k++)
                    {
                        var stem = word[..^k];
                        if (((stem.Length >= 5 ? lexicon.Lookup(stem) : null) ?? lexicon.LookupStem(stem)) is { } info)
                        {
                            match = new PhraseMatch(i, 1, info, null, word[^k..].ToString());
                            return true;
                        }
                    }
                }
            }
        }

        match = default;
        return false;
    }
}
