using System.Globalization;
using System.Text;

namespace Vigil.Analysis.Language;

/// <summary>Removes accents from Latin letters, as people do when typing on a phone without the right keyboard.</summary>
public static class Accents
{
    /// <summary>
    /// Returns the text with the accents of its Latin letters removed (é→e, ş→s, ı→i, ł→l, đ→d), or false
    /// when the text has no accented Latin letter.
    /// </summary>
    public static bool TryStrip(string text, out string stripped)
    {
        stripped = text;
        var any = false;
        foreach (var c in text)
        {
            if (c > '\u007F' && WritingSystems.Of(c) == WritingSystem.Latin)
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return false;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var previousLatin = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && previousLatin)
            {
                continue;
            }

            previousLatin = WritingSystems.Of(c) == WritingSystem.Latin;
            sb.Append(c switch { 'ı' => 'i', 'ł' => 'l', 'Ł' => 'L', 'đ' => 'd', 'Đ' => 'D', 'ø' => 'o', 'Ø' => 'O', 'ß' => 's', 'ə' => 'e', 'Ə' => 'E', _ => c });
        }

        stripped = sb.ToString().Normalize(NormalizationForm.FormC);
        return stripped != text;
    }
}
