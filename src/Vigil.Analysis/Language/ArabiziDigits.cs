namespace Vigil.Analysis.Language;

/// <summary>
/// Arabizi writes the Arabic letters Latin lacks with digits that look like them: 2 = ء, 3 = ع,
/// 5 = خ, 6 = ط, 7 = ح, 8 = غ, 9 = ق ("3ala", "ri7la", "wara2"). A Latin word with such a digit
/// glued to its letters is strong evidence of Arabizi; product codes ("mp3", "a4", "5g", "b2b") are not
/// counted because they have fewer than three letters, nor words with 0, 1 or 4 (dates, "covid19").
/// </summary>
public static class ArabiziDigits
{
    /// <summary>Number of Latin words in <paramref name="text"/> that carry Arabizi digits.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        int letters = 0, digits = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                letters++;
                continue;
            }

            if (c is '2' or '3' or '5' or '6' or '7' or '8' or '9')
            {
                digits++;
                continue;
            }

            if (c is '0' or '1' or '4')
            {
                digits += 100; // digits Arabizi does not use: a code, a date or a count
                continue;
            }

            if (digits is > 0 and < 100 && letters >= 3)
            {
                words++;
            }

            letters = 0;
            digits = 0;
        }

        return words;
    }
}
