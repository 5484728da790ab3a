using System.Runtime.CompilerServices;

namespace Vigil.Analysis.Language;

/// <summary>
/// The one place where text becomes features, shared by training and identification so that both
/// see exactly the same thing: letters lower-cased, marks kept (except Arabic and Hebrew vowel points),
/// Arabic ي/ك folded into Persian ی/ک, everything else a word break, words of digits only dropped (digits inside a Latin word are kept:
/// Arabizi writes ع as 3), and the result written as " word word " with single spaces.
/// Character n-grams of order 1 to <see cref="MaxOrder"/> are taken inside each space-padded word.
/// </summary>
public static class TextFeatures
{
    /// <summary>The longest n-gram.</summary>
    public const int MaxOrder = 5;

    /// <summary>Texts are cut to this many normalised characters: more adds time, not accuracy.</summary>
    public const int MaxChars = 2048;

    /// <summary>
    /// Writes the normalised form of <paramref name="text"/> into <paramref name="buffer"/> (at least
    /// <see cref="MaxChars"/> + 2 long) and counts letters per writing system into <paramref name="scriptCounts"/>.
    /// Returns the number of characters written (0 or 1 when there is no word).
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> buffer, Span<int> scriptCounts)
    {
        var limit = Math.Min(buffer.Length - 2, MaxChars);
        var n = 0;
        buffer[n++] = ' ';
        var wordStart = n;
        var wordHasLetter = false;
        var wordLatin = false;
        for (var i = 0; i < text.Length && n < limit; i++)
        {
            var c = text[i];
            var system = WritingSystems.Of(c);
            if (system != WritingSystem.None)
            {
                if (IsDroppedMark(c))
                {
                    continue;
                }

                var category = char.GetUnicodeCategory(c);
                if (category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark)
                {
                    if (n > wordStart)
                    {
                        buffer[n++] = c;
                    }

                    continue;
                }

                if (!char.IsLetter(c))
                {
                    // digits and signs inside a script block (Arabic-Indic digits, Devanagari danda, ...)
                    EndWord(buffer, ref n, ref wordStart, ref wordHasLetter, ref wordLatin);
                    continue;
                }

                scriptCounts[(int)system]++;
                buffer[n++] = FoldLetter(c);
                wordHasLetter = true;
                wordLatin |= system == WritingSystem.Latin;
                continue;
            }

            if (c is >= '0' and <= '9')
            {
                buffer[n++] = c;
                continue;
            }

            if (c == '\u200C' && n > wordStart)
            {
                buffer[n++] = c; // zero-width non-joiner: part of Persian and Urdu spelling
                continue;
            }

            if (c is '\u0640' or '\u200D' or '\u00AD')
            {
                continue; // tatweel, zero-width joiner, soft hyphen: no letters of their own
            }

            if (c is '\'' or '\u2019' or '\u02BC' && n > wordStart && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                buffer[n++] = '\'';
                continue;
            }

            if (char.IsLowSurrogate(c) || (char.IsHighSurrogate(c) && i + 1 < text.Length && IsSupplementaryHan(c, text[i + 1])))
            {
                if (char.IsHighSurrogate(c))
                {
                    // CJK extension B and later: count as Han and keep as a single-letter word.
                    EndWord(buffer, ref n, ref wordStart, ref wordHasLetter, ref wordLatin);
                    scriptCounts[(int)WritingSystem.Han]++;
                    if (n + 3 < limit)
                    {
                        buffer[n++] = c;
                        buffer[n++] = text[i + 1];
                        wordHasLetter = true;
                    }

                    i++;
                    EndWord(buffer, ref n, ref wordStart, ref wordHasLetter, ref wordLatin);
                }

                continue;
            }

            EndWord(buffer, ref n, ref wordStart, ref wordHasLetter, ref wordLatin);
        }

        EndWord(buffer, ref n, ref wordStart, ref wordHasLetter, ref wordLatin);
        return n;
    }

    /// <summary>
    /// A letter as the model sees it: lower-cased, with Arabic ي/ك folded into Persian ی/ک (Persian is often
    /// typed on Arabic keyboards: the model sees one letter each; the raw letters still count as evidence in
    /// ArabicScriptLetters).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char FoldLetter(char c) => c switch
    {
        '\u064A' => '\u06CC',
        '\u0643' => '\u06A9',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>
    /// True when <paramref name="c"/> is a letter that <see cref="Normalize"/> keeps as a letter of a word
    /// (not a dropped vowel point, not a mark or sign); gives its writing system.
    /// </summary>
    public static bool IsWordLetter(char c, out WritingSystem system)
    {
        system = WritingSystems.Of(c);
        return system != WritingSystem.None && !IsDroppedMark(c) && char.IsLetter(c);
    }

    private static bool IsSupplementaryHan(char high, char low)
    {
        if (!char.IsLowSurrogate(low))
        {
            return false;
        }

        var cp = char.ConvertToUtf32(high, low);
        return cp is >= 0x20000 and <= 0x3FFFF;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDroppedMark(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u0591' and <= '\u05C7' and not '\u05BE' and not '\u05C0' and not '\u05C3' and not '\u05C6';

    private static void EndWord(Span<char> buffer, ref int n, ref int wordStart, ref bool wordHasLetter, ref bool wordLatin)
    {
        if (n > wordStart)
        {
            if (!wordHasLetter)
            {
                n = wordStart; // a number on its own says nothing about the language
            }
            else
            {
                if (!wordLatin)
                {
                    // digits glued to a non-Latin word (dates, prices) are noise; Arabizi digits only occur in Latin words
                    var w = wordStart;
                    for (var r = wordStart; r < n; r++)
                    {
                        if (buffer[r] is < '0' or > '9')
                        {
                            buffer[w++] = buffer[r];
                        }
                    }

                    n = w;
                }

                if (n > wordStart)
                {
                    buffer[n++] = ' ';
                }
            }
        }

        wordStart = n;
        wordHasLetter = false;
        wordLatin = false;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for every n-gram (hash and order) of a normalised text.
    /// The visitor is a struct so that the loop is specialised and allocation-free.
    /// </summary>
    public static void ForEachGram<TVisitor>(ReadOnlySpan<char> normalized, ref TVisitor visit)
        where TVisitor : struct, IGramVisitor, allows ref struct
    {
        // normalized is " w1 w2 ... wk " ; each word is seen with its two surrounding spaces.
        var start = 0;
        for (var i = 1; i < normalized.Length; i++)
        {
            if (normalized[i] == ' ')
            {
                ForEachGramOfWord(normalized.Slice(start, i - start + 1), ref visit);
                start = i;
            }
        }
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for every n-gram of one space-padded word (" word ") and returns
    /// how many there were.
    /// </summary>
    public static int ForEachGramOfWord<TVisitor>(ReadOnlySpan<char> word, ref TVisitor visit)
        where TVisitor : struct, IGramVisitor, allows ref struct
    {
        var grams = 0;
        for (var s = 0; s < word.Length; s++)
        {
            ulong h = 0xCBF29CE484222325UL;
            var max = Math.Min(MaxOrder, word.Length - s);
            for (var order = 1; order <= max; order++)
            {
                h = (h ^ word[s + order - 1]) * 0x100000001B3UL;
                if (order == 1 && word[s] == ' ')
                {
                    continue; // a lone space is not a feature
                }

                visit.Visit(Mix(h ^ (ulong)order), order);
                grams++;
            }
        }

        return grams;
    }

    /// <summary>
    /// The hash <see cref="ForEachGramOfWord{TVisitor}"/> gives the n-gram <paramref name="gram"/> (normalised
    /// characters, ' ' for a word boundary; length 1 to <see cref="MaxOrder"/>).
    /// </summary>
    public static ulong HashOf(ReadOnlySpan<char> gram)
    {
        if (gram.Length is 0 or > MaxOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(gram), $"An n-gram has 1 to {MaxOrder} characters.");
        }

        ulong h = 0xCBF29CE484222325UL;
        foreach (var c in gram)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        return Mix(h ^ (ulong)gram.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }
}

/// <summary>Receives the n-grams of a text (see <see cref="TextFeatures.ForEachGram{TVisitor}"/>).</summary>
public interface IGramVisitor
{
    void Visit(ulong hash, int order);
}
