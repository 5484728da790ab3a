using System.Globalization;

namespace Vigil.Analysis.Extraction;

/// <summary>
/// Maps every Unicode decimal digit (Arabic-Indic ٠-٩, Persian ۰-۹, full-width ０-９, Devanagari, Bengali, …)
/// to its ASCII digit, the Arabic decimal and thousands separators to '.' and ',', and the full-width plus
/// to '+'. The mapping is one UTF-16 unit to one, so offsets in the result are offsets in the input:
/// spans found on the normalised text can be cut out of the original. Pure and thread-safe.
/// </summary>
public static class DigitNormalizer
{
    /// <summary>The ASCII form of one character, or the character itself.</summary>
    public static char Normalize(char c)
    {
        if (c < 0x80)
        {
            return c;
        }

        switch (c)
        {
            case '\u066B': return '.'; // ARABIC DECIMAL SEPARATOR
            case '\u066C': return ','; // ARABIC THOUSANDS SEPARATOR
            case '\uFF0B': return '+'; // FULLWIDTH PLUS SIGN
            case '\uFF0D': return '-'; // FULLWIDTH HYPHEN-MINUS
            case '\uFF0E': return '.';
            case '\uFF08': return '(';
            case '\uFF09': return ')';
        }

        if (char.IsDigit(c))
        {
            var value = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (value is >= 0 and <= 9)
            {
                return (char)('0' + value);
            }
        }

        return c;
    }

    /// <summary>True when the text holds a character <see cref="Normalize(char)"/> would change.</summary>
    public static bool NeedsNormalization(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 && Normalize(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with all digits in ASCII; the same instance when nothing changes. Same length as the input.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsNormalization(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (dst, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                dst[i] = Normalize(src[i]);
            }
        });
    }
}
