using System.Globalization;
using System.Text;

namespace Vigil.Analysis.Extraction;

/// <summary>What a token is: a word (letters), a number (ASCII digits with inner '.' or ','), or a symbol ($ € % →).</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
}

/// <summary>
/// One token of a folded text: where it is in the original text (<see cref="Start"/>, <see cref="End"/>) and
/// in the folded buffer. <see cref="Apostrophe"/> marks a token written right after an apostrophe
/// (the Turkish case ending of "İzmir'den"); <see cref="Glued"/> one written right after the previous token
/// ("5000$", "5k").
/// </summary>
internal readonly record struct Token(int Start, int End, int FoldStart, int FoldLength, TokenKind Kind, bool Apostrophe, bool Glued)
{
    public int FoldEnd => FoldStart + FoldLength;
}

/// <summary>
/// Folds text for dictionary matching, in every script: lower case, diacritics and Arabic vowel marks
/// dropped, Arabic letter variants unified (أ إ آ → ا, ي ى → ی, ك → ک, ة → ه), Turkish dotless and dotted
/// i to i, Greek final sigma to σ, digits of any script to ASCII. The folded tokens are written to a buffer
/// separated by single spaces, so a phrase of consecutive tokens is one contiguous span of it.
/// Pure and thread-safe (the fold table is built once).
/// </summary>
internal static class TextFolder
{
    private const char Drop = '\0';
    private const char Separator = '\u0001';
    private const int TableSize = 0x3000;
    private static readonly char[] Table = BuildTable();

    /// <summary>The folded form of one character: itself, its base letter, <see cref="Drop"/> or <see cref="Separator"/>.</summary>
    public static char FoldChar(char c)
    {
        if (c < TableSize)
        {
            return Table[c];
        }

        if (c is >= '\uFE70' and <= '\uFEFF' or >= '\uFB50' and <= '\uFDFF')
        {
            // Arabic presentation forms: rare in real text, treated as letters of their own.
            return c == '\uFDFC' ? '﷼' : c;
        }

        if (c is >= '\uFF10' and <= '\uFF19')
        {
            return (char)('0' + (c - '\uFF10'));
        }

        if (c is >= '\uFF21' and <= '\uFF3A')
        {
            return (char)('a' + (c - '\uFF21'));
        }

        if (c is >= '\uFF41' and <= '\uFF5A')
        {
            return (char)('a' + (c - '\uFF41'));
        }

        return char.IsLetter(c) ? char.ToLowerInvariant(c) : char.IsSurrogate(c) ? Separator : Separator;
    }

    /// <summary>Folds a whole phrase (a lexicon term) to its tokens joined by single spaces.</summary>
    public static string FoldPhrase(string phrase)
    {
        var buffer = new char[(phrase.Length * 2) + 2];
        var tokens = new List<Token>();
        var length = Fold(phrase, buffer, tokens);
        return new string(buffer, 0, length);
    }

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="buffer"/> (at least twice the text's length) and
    /// appends its tokens to <paramref name="tokens"/>. Returns the folded length.
    /// </summary>
    public static int Fold(string text, char[] buffer, List<Token> tokens)
    {
        var w = 0;
        var i = 0;
        var n = text.Length;
        var lastEnd = -1;
        var apostrophe = false;
        while (i < n)
        {
            var c = text[i];
            var f = FoldChar(c);
            if (f is >= '0' and <= '9')
            {
                var start = i;
                var foldStart = Begin(buffer, ref w, tokens.Count);
                while (i < n)
                {
                    var d = FoldChar(text[i]);
                    if (d is >= '0' and <= '9')
                    {
                        buffer[w++] = d;
                        i++;
                    }
                    else if (IsNumberSeparator(text[i]) && i + 1 < n && FoldChar(text[i + 1]) is >= '0' and <= '9')
                    {
                        buffer[w++] = text[i] is '٫' ? '.' : text[i] is '٬' ? ',' : text[i];
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(start, i, foldStart, w - foldStart, TokenKind.Number, apostrophe, lastEnd == start));
                lastEnd = i;
                apostrophe = false;
                continue;
            }

            if (f == Separator)
            {
                if (IsApostrophe(c) && lastEnd == i && i + 1 < n && char.IsLetter(text[i + 1]))
                {
                    apostrophe = true;
                    lastEnd = i + 1;
                }
                else if (IsArrow(text, i, out var arrowLength))
                {
                    var foldStart = Begin(buffer, ref w, tokens.Count);
                    buffer[w++] = '→';
                    tokens.Add(new Token(i, i + arrowLength, foldStart, 1, TokenKind.Symbol, false, lastEnd == i));
                    i += arrowLength;
                    lastEnd = i;
                    apostrophe = false;
                    continue;
                }
                else
                {
                    apostrophe = false;
                }

                i++;
                continue;
            }

            if (IsSymbol(f))
            {
                var foldStart = Begin(buffer, ref w, tokens.Count);
                buffer[w++] = f;
                tokens.Add(new Token(i, i + 1, foldStart, 1, TokenKind.Symbol, false, lastEnd == i));
                i++;
                lastEnd = i;
                apostrophe = false;
                continue;
            }

            if (f == Drop)
            {
                i++;
                continue;
            }

            // A word: letters and combining marks (dropped), up to the next separator, digit or symbol.
            {
                var start = i;
                var foldStart = Begin(buffer, ref w, tokens.Count);
                while (i < n)
                {
                    var d = FoldChar(text[i]);
                    if (d == Drop)
                    {
                        i++;
                        continue;
                    }

                    if (d == Separator || IsSymbol(d) || d is >= '0' and <= '9')
                    {
                        break;
                    }

                    buffer[w++] = d;
                    i++;
                }

                if (w == foldStart)
                {
                    // Only marks: no token.
                    if (tokens.Count > 0)
                    {
                        w--;
                    }

                    continue;
                }

                tokens.Add(new Token(start, i, foldStart, w - foldStart, TokenKind.Word, apostrophe, lastEnd == start));
                lastEnd = i;
                apostrophe = false;
            }
        }

        return w;
    }

    private static int Begin(char[] buffer, ref int w, int tokenCount)
    {
        if (tokenCount > 0)
        {
            buffer[w++] = ' ';
        }

        return w;
    }

    private static bool IsNumberSeparator(char c) => c is '.' or ',' or '٫' or '٬';

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '`' or '´' or '‘';

    private static bool IsSymbol(char f) => f is '$' or '€' or '£' or '₺' or '₽' or '﷼' or '؋' or '₴' or '%' or '→';

    private static bool IsArrow(string text, int i, out int length)
    {
        var c = text[i];
        length = 1;
        if (c is '→' or '⟶' or '➡' or '⇒' or '➔' or '➜' or '➝' or '⬅' or '←' or '⟵' or '⇐' or '»' or '>')
        {
            return true;
        }

        if (c is '-' or '=' && i + 1 < text.Length && text[i + 1] == '>')
        {
            length = 2;
            return true;
        }

        return false;
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            table[i] = Compute(c);
        }

        return table;
    }

    private static char Compute(char c)
    {
        switch (c)
        {
            case '\u0640': return Drop; // tatweel
            case '\u200C': return Separator; // ZWNJ splits Persian compounds consistently on both sides
            case '\u200D': return Drop;
            case 'ı' or 'İ' or 'I': return 'i';
            case 'ς': return 'σ';
            case 'ё' or 'Ё': return 'е';
            case 'أ' or 'إ' or 'آ' or 'ٱ' or 'ٲ' or 'ٳ': return 'ا';
            case 'ي' or 'ى' or 'ئ' or 'ۍ' or 'ې' or 'ی': return 'ی';
            case 'ك' or 'ڪ': return 'ک';
            case 'ة' or 'ۀ' or 'ە' or 'ھ' or 'ہ' or 'ۃ': return 'ه';
            case 'ؤ': return 'و';
            case '٪': return '%';
            case '$' or '€' or '£' or '₺' or '₽' or '﷼' or '؋' or '₴' or '%': return c;
        }

        if (char.IsDigit(c))
        {
            var d = DigitNormalizer.Normalize(c);
            return d is >= '0' and <= '9' ? d : Separator;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return Drop;
        }

        if (category == UnicodeCategory.SpacingCombiningMark)
        {
            return c;
        }

        if (!char.IsLetter(c))
        {
            return Separator;
        }

        if (c < 0x0530 || c is >= '\u1E00' and <= '\u1FFF')
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    var lower = char.ToLowerInvariant(d);
                    return lower == 'ς' ? 'σ' : lower;
                }
            }
        }

        return char.ToLowerInvariant(c);
    }
}
