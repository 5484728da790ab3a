using System.Buffers;
using System.Globalization;
using System.Text;

namespace Vigil.Core.Text;

/// <summary>
/// Folds text to a search form so that spellings a reader treats as the same word compare equal:
/// NFKC, lower case, Latin/Greek/Cyrillic accents and Arabic harakat, tanwin and tatweel removed,
/// Arabic letter variants folded (أ إ آ ٱ → ا, ؤ → و, ئ → ي, ة ۀ → ه, Persian ی and Arabic ي ى → ي,
/// ک → ك), every decimal digit (Arabic-Indic, Persian, …) → ASCII, Turkish dotless ı → i, invisible
/// format characters removed (ZWNJ becomes a space, as Persian writers use it between word parts).
/// </summary>
/// <remarks>
/// Used on both sides of full-text search: the indexed text and the user's query, so the two always
/// agree. Idempotent (<c>Fold(Fold(x)) == Fold(x)</c>), total (any string, even with lone surrogates,
/// folds without an exception), pure and thread-safe. Folding is lossy and is for matching only: never
/// store the folded form in place of the text.
/// </remarks>
public static class TextFolding
{
    /// <summary>
    /// For each BMP character: does it need the canonical decomposition pass (accented Latin, Greek,
    /// most Cyrillic letters with marks, combining marks outside Arabic)? Arabic is handled in one pass.
    /// </summary>
    private static readonly bool[] NeedsDecomposition = BuildDecompositionTable();

    /// <summary>Returns the folded search form of <paramref name="text"/>.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (Ascii.IsValid(text))
        {
            return FoldAscii(text);
        }

        // Unicode normalisation refuses lone surrogates and noncharacters; hostile text may hold them.
        text = ReplaceInvalid(text);

        // NFKC turns presentation forms (ﻻ, ﺏ), full-width and ligatures into plain letters first.
        var compat = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var mapped = MapLetters(compat, out var decompose);
        if (decompose)
        {
            var decomposed = mapped.IsNormalized(NormalizationForm.FormD) ? mapped : mapped.Normalize(NormalizationForm.FormD);
            mapped = StripMarks(decomposed);
        }

        return mapped.IsNormalized(NormalizationForm.FormKC) ? mapped : mapped.Normalize(NormalizationForm.FormKC);
    }

    private static string ReplaceInvalid(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\uD800')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                if ((cp & 0xFFFE) == 0xFFFE)
                {
                    copy ??= text.ToCharArray();
                    copy[i] = ' ';
                    copy[i + 1] = ' ';
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' || c is '\uFFFE' or '\uFFFF')
            {
                copy ??= text.ToCharArray();
                copy[i] = ' ';
            }
        }

        return copy is null ? text : new string(copy);
    }

    private static string FoldAscii(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiLetterUpper(text[i]))
            {
                return text.ToLowerInvariant();
            }
        }

        return text;
    }

    /// <summary>
    /// Lower case, Arabic letter variants and marks, digits and format characters in one pass; one char
    /// in, at most two out. Says whether a canonical decomposition pass is still needed.
    /// </summary>
    private static string MapLetters(string s, out bool decompose)
    {
        decompose = false;
        var buffer = ArrayPool<char>.Shared.Rent(s.Length * 2);
        try
        {
            var n = 0;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (c < '\u0080')
                {
                    buffer[n++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < s.Length)
                {
                    var rune = Rune.ToLowerInvariant(new Rune(c, s[i + 1]));
                    i++;
                    if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
                    {
                        buffer[n++] = (char)('0' + (int)Rune.GetNumericValue(rune));
                    }
                    else
                    {
                        n += rune.EncodeToUtf16(buffer.AsSpan(n));
                        decompose = true;
                    }

                    continue;
                }

                if (c is >= '\u0600' and <= '\u06FF')
                {
                    n = MapArabic(c, buffer, n);
                    continue;
                }

                c = char.ToLowerInvariant(c);
                switch (c)
                {
                    case '\u0130': // İ (invariant lower case keeps it)
                    case '\u0131': // ı: Turkish writers drop the dot as often as not
                        buffer[n++] = 'i';
                        break;
                    case '\u200C': // ZWNJ separates Persian word parts
                        buffer[n++] = ' ';
                        break;
                    case '\u00DF': // ß
                        buffer[n++] = 's';
                        buffer[n++] = 's';
                        break;
                    case '\u03C2': // final sigma
                        buffer[n++] = '\u03C3';
                        break;
                    case '\u0451': // ё
                        buffer[n++] = '\u0435';
                        break;
                    default:
                        var category = char.GetUnicodeCategory(c);
                        if (category == UnicodeCategory.DecimalDigitNumber)
                        {
                            buffer[n++] = (char)('0' + (int)char.GetNumericValue(c));
                        }
                        else if (category != UnicodeCategory.Format)
                        {
                            buffer[n++] = c;
                            decompose |= NeedsDecomposition[c];
                        }

                        break;
                }
            }

            return new string(buffer, 0, n);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Folds one character of the Arabic block (U+0600–U+06FF) into <paramref name="buffer"/>.</summary>
    private static int MapArabic(char c, char[] buffer, int n)
    {
        switch (c)
        {
            case '\u0622': // آ
            case '\u0623': // أ
            case '\u0625': // إ
            case '\u0671': // ٱ alef wasla
            case '\u0672':
            case '\u0673':
            case '\u0675':
                buffer[n++] = '\u0627';
                break;
            case '\u0624': // ؤ
                buffer[n++] = '\u0648';
                break;
            case '\u0626': // ئ
            case '\u0649': // ى alef maksura
            case '\u06CC': // ی Farsi yeh
            case '\u06CD':
            case '\u06D0':
            case '\u0620':
                buffer[n++] = '\u064A';
                break;
            case '\u0629': // ة teh marbuta
            case '\u06C0': // ۀ heh with yeh above
            case '\u06C1': // ہ heh goal
            case '\u06C2':
            case '\u06BE': // ھ heh doachashmee
            case '\u06D5': // ە ae
                buffer[n++] = '\u0647';
                break;
            case '\u06A9': // ک keheh
            case '\u06AA':
                buffer[n++] = '\u0643';
                break;
            case '\u06D3': // ۓ
                buffer[n++] = '\u06D2';
                break;
            case '\u0640': // tatweel
            case '\u061C': // Arabic letter mark
            case >= '\u0600' and <= '\u0605': // number signs (format characters)
            case '\u06DD':
                break;
            case >= '\u0660' and <= '\u0669':
                buffer[n++] = (char)('0' + (c - '\u0660'));
                break;
            case >= '\u06F0' and <= '\u06F9':
                buffer[n++] = (char)('0' + (c - '\u06F0'));
                break;
            default:
                if (!IsFoldedMark(c))
                {
                    buffer[n++] = c;
                }

                break;
        }

        return n;
    }

    private static string StripMarks(string s)
    {
        var buffer = ArrayPool<char>.Shared.Rent(s.Length);
        try
        {
            var n = 0;
            foreach (var c in s)
            {
                if (IsFoldedMark(c))
                {
                    // Keep the breve of Cyrillic й: и and й are different letters to a Russian reader.
                    if (c == '\u0306' && n > 0 && buffer[n - 1] == '\u0438')
                    {
                        buffer[n++] = c;
                    }

                    continue;
                }

                buffer[n++] = c;
            }

            return new string(buffer, 0, n);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Combining marks that are diacritics for a reader of Latin, Greek, Cyrillic, Hebrew or Arabic script.</summary>
    private static bool IsFoldedMark(char c) => c switch
    {
        >= '\u0300' and <= '\u036F' => true, // combining diacritical marks
        >= '\u0483' and <= '\u0489' => true, // Cyrillic combining marks
        >= '\u0591' and <= '\u05C7' => char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark, // Hebrew points
        >= '\u0610' and <= '\u061A' => true, // Arabic honorific marks
        >= '\u064B' and <= '\u065F' => true, // harakat, tanwin, shadda, sukun, hamza above/below, madda
        '\u0670' => true, // superscript alef
        >= '\u06D6' and <= '\u06ED' => char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark, // Quranic marks
        >= '\u08D3' and <= '\u08FF' => char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark,
        >= '\u1AB0' and <= '\u1AFF' => true,
        >= '\u1DC0' and <= '\u1DFF' => true,
        >= '\u20D0' and <= '\u20FF' => true,
        >= '\uFE20' and <= '\uFE2F' => true,
        _ => false,
    };

    private static bool[] BuildDecompositionTable()
    {
        var table = new bool[0x10000];
        for (var c = 0x80; c < 0x10000; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF || c is >= 0xFDD0 and <= 0xFDEF || c >= 0xFFFE)
            {
                continue;
            }

            // й keeps its breve and needs no pass of its own.
            if (c == 0x0439)
            {
                continue;
            }

            try
            {
                table[c] = IsFoldedMark((char)c) || !((char)c).ToString().IsNormalized(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                table[c] = true;
            }
        }

        return table;
    }
}
