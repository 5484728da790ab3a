namespace Vigil.Analysis.Language;

/// <summary>
/// Words used in Afghan Persian (Dari) but not in Iranian Persian: loanwords spelt the Afghan way
/// (داکتر, تیلفون, پولیس), Afghan administrative terms (ولسوالی, تذکره) and Dari verb forms (استم).
/// Written Dari and Persian share almost everything else, so Persian text is reported as Dari only
/// when one of these appears; otherwise it stays <c>fa</c>.
/// </summary>
public static class DariMarkers
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "داکتر", "داکترها", "کمپیوتر", "تیلفون", "تیلیفون", "پولیس", "موتر", "موترها", "شفاخانه", "ولسوالی",
        "شاروالی", "قوماندان", "قوماندانی", "تذکره", "ویزه", "پوهنتون", "متعلم", "متعلمین", "جنوری", "فبروری",
        "اپریل", "ملیون", "تشناب", "بایسکل", "استیم", "استید", "استم", "افغانی", "بوتل", "لیلیه", "ترانسپورت",
        "دوکان", "دوکاندار", "څارنوالی", "سارنوالی", "اینجه", "میتانم", "میتانی", "نمیتانم", "پیسه",
    };

    /// <summary>True when a word of <paramref name="text"/> is a Dari marker.</summary>
    public static bool Any(ReadOnlySpan<char> text)
    {
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || !(char.IsLetter(text[i]) || text[i] == '\u200C');
            if (boundary)
            {
                if (start >= 0 && lookup.Contains(text[start..i]))
                {
                    return true;
                }

                start = -1;
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return false;
    }
}
