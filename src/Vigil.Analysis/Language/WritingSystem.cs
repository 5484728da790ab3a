namespace Vigil.Analysis.Language;

/// <summary>The writing systems the identifier tells apart before any statistics are used.</summary>
public enum WritingSystem : byte
{
    None = 0,
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Armenian,
    Georgian,
    Ethiopic,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Lao,
    Tibetan,
    Myanmar,
    Khmer,
    Hangul,
    Kana,
    Han,
    Other,
}

/// <summary>Maps a UTF-16 code unit to its writing system. Pure, allocation-free.</summary>
public static class WritingSystems
{
    /// <summary>Number of <see cref="WritingSystem"/> values (for counting arrays).</summary>
    public const int Count = (int)WritingSystem.Other + 1;

    /// <summary>The writing system of a letter or combining mark; <see cref="WritingSystem.None"/> for anything else.</summary>
    public static WritingSystem Of(char c)
    {
        if (c < 0x0080)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? WritingSystem.Latin : WritingSystem.None;
        }

        return c switch
        {
            <= '\u024F' => c >= '\u00C0' && c != '\u00D7' && c != '\u00F7' ? WritingSystem.Latin : WritingSystem.None,
            <= '\u02AF' => WritingSystem.Latin,
            <= '\u036F' => WritingSystem.None, // spacing modifiers and generic combining marks: no script of their own
            <= '\u03FF' => WritingSystem.Greek,
            <= '\u052F' => WritingSystem.Cyrillic,
            <= '\u058F' => WritingSystem.Armenian,
            <= '\u05FF' => WritingSystem.Hebrew,
            <= '\u06FF' => WritingSystem.Arabic,
            <= '\u074F' => WritingSystem.Other, // Syriac
            <= '\u077F' => WritingSystem.Arabic,
            <= '\u08FF' and >= '\u08A0' => WritingSystem.Arabic,
            <= '\u08FF' => WritingSystem.Other,
            <= '\u097F' => WritingSystem.Devanagari,
            <= '\u09FF' => WritingSystem.Bengali,
            <= '\u0A7F' => WritingSystem.Gurmukhi,
            <= '\u0AFF' => WritingSystem.Gujarati,
            <= '\u0B7F' => WritingSystem.Other, // Oriya
            <= '\u0BFF' => WritingSystem.Tamil,
            <= '\u0C7F' => WritingSystem.Telugu,
            <= '\u0CFF' => WritingSystem.Kannada,
            <= '\u0D7F' => WritingSystem.Malayalam,
            <= '\u0DFF' => WritingSystem.Sinhala,
            <= '\u0E7F' => WritingSystem.Thai,
            <= '\u0EFF' => WritingSystem.Lao,
            <= '\u0FFF' => WritingSystem.Tibetan,
            <= '\u109F' => WritingSystem.Myanmar,
            <= '\u10FF' => WritingSystem.Georgian,
            <= '\u11FF' => WritingSystem.Hangul,
            <= '\u139F' => WritingSystem.Ethiopic,
            <= '\u177F' => WritingSystem.Other,
            <= '\u17FF' => WritingSystem.Khmer,
            <= '\u1C7F' => WritingSystem.Other,
            <= '\u1C8F' => WritingSystem.Cyrillic,
            <= '\u1CBF' => WritingSystem.Georgian,
            <= '\u1DFF' => WritingSystem.Other,
            <= '\u1EFF' => WritingSystem.Latin,
            <= '\u1FFF' => WritingSystem.Greek,
            <= '\u2D7F' => WritingSystem.None,
            <= '\u2DDF' => WritingSystem.Ethiopic,
            <= '\u2DFF' => WritingSystem.Cyrillic,
            <= '\u2FFF' => WritingSystem.None,
            <= '\u303F' => WritingSystem.None, // CJK punctuation
            <= '\u30FF' => WritingSystem.Kana,
            <= '\u312F' => WritingSystem.Other, // Bopomofo
            <= '\u318F' => WritingSystem.Hangul,
            <= '\u33FF' => WritingSystem.None,
            <= '\u4DBF' => WritingSystem.Han,
            <= '\u4DFF' => WritingSystem.None,
            <= '\u9FFF' => WritingSystem.Han,
            <= '\uA4FF' => WritingSystem.Other,
            <= '\uA69F' and >= '\uA640' => WritingSystem.Cyrillic,
            <= '\uA7FF' and >= '\uA720' => WritingSystem.Latin,
            <= '\uAB2F' and >= '\uAB00' => WritingSystem.Ethiopic,
            <= '\uABFF' => WritingSystem.Other,
            <= '\uD7AF' => WritingSystem.Hangul,
            <= '\uD7FF' => WritingSystem.Other,
            <= '\uF8FF' => WritingSystem.None, // surrogates and private use
            <= '\uFAFF' => WritingSystem.Han,
            <= '\uFB4F' => WritingSystem.Hebrew,
            <= '\uFDFF' => WritingSystem.Arabic,
            <= '\uFE6F' => WritingSystem.None,
            <= '\uFEFE' => WritingSystem.Arabic,
            _ => WritingSystem.None,
        };
    }

    /// <summary>The code of the language a script alone identifies when no model language uses it, else null.</summary>
    public static string? SoleLanguage(WritingSystem system) => system switch
    {
        WritingSystem.Greek => "el",
        WritingSystem.Hebrew => "he",
        WritingSystem.Armenian => "hy",
        WritingSystem.Georgian => "ka",
        WritingSystem.Devanagari => "hi",
        WritingSystem.Bengali => "bn",
        WritingSystem.Gurmukhi => "pa",
        WritingSystem.Gujarati => "gu",
        WritingSystem.Tamil => "ta",
        WritingSystem.Telugu => "te",
        WritingSystem.Kannada => "kn",
        WritingSystem.Malayalam => "ml",
        WritingSystem.Sinhala => "si",
        WritingSystem.Thai => "th",
        WritingSystem.Lao => "lo",
        WritingSystem.Tibetan => "bo",
        WritingSystem.Myanmar => "my",
        WritingSystem.Khmer => "km",
        WritingSystem.Hangul => "ko",
        WritingSystem.Kana => "ja",
        WritingSystem.Han => "zh",
        _ => null,
    };
}
