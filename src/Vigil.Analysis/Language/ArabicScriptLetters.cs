namespace Vigil.Analysis.Language;

/// <summary>
/// Letters that settle the language of Arabic-script text before statistics: Pashto, Sorani and Urdu
/// each have letters the others lack; Persian-family letters (پ چ ژ گ ی ک) rule out Arabic, and
/// Arabic-only letters (ة ي ى ك) rule out the others.
/// </summary>
public static class ArabicScriptLetters
{
    /// <summary>Counts of the tell-tale letters in a text.</summary>
    /// <param name="Pashto">ټ ډ ړ ښ ځ څ ږ ګ ۍ ڼ ې</param>
    /// <param name="Sorani">ڵ ڕ ۆ ێ ە</param>
    /// <param name="Urdu">ٹ ڈ ڑ ں ے ہ ۃ ۓ ۂ</param>
    /// <param name="PersianFamily">پ چ ژ گ ی ک</param>
    /// <param name="ArabicOnly">ة ي ى ك: not Persian, Urdu or Pashto spelling (but ي and ك come from Arabic keyboards too).</param>
    /// <param name="StrongArabic">ة ى إ: Arabic spelling even when typed on any keyboard.</param>
    public readonly record struct Evidence(int Pashto, int Sorani, int Urdu, int PersianFamily, int ArabicOnly, int StrongArabic = 0);

    /// <summary>Counts the letters of <paramref name="text"/> that point at one Arabic-script language.</summary>
    public static Evidence Count(ReadOnlySpan<char> text)
    {
        int ps = 0, ckb = 0, ur = 0, fa = 0, ar = 0, strong = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u067C' or '\u0689' or '\u0693' or '\u069A' or '\u0681' or '\u0685' or '\u0696' or '\u06AB' or '\u06CD' or '\u06BC' or '\u06D0':
                    ps++; // ټ ډ ړ ښ ځ څ ږ ګ ۍ ڼ ې
                    break;
                case '\u06B5' or '\u0695' or '\u06C6' or '\u06CE' or '\u06D5':
                    ckb++; // ڵ ڕ ۆ ێ ە
                    break;
                case '\u0679' or '\u0688' or '\u0691' or '\u06BA' or '\u06D2' or '\u06C1' or '\u06C3' or '\u06D3' or '\u06C2':
                    ur++; // ٹ ڈ ڑ ں ے ہ ۃ ۓ ۂ
                    break;
                case '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06CC' or '\u06A9':
                    fa++; // پ چ ژ گ ی ک
                    break;
                case '\u0629' or '\u0649':
                    ar++; // ة ى
                    strong++;
                    break;
                case '\u064A' or '\u0643':
                    ar++; // ي ك
                    break;
                case '\u0625':
                    strong++; // إ
                    break;
            }
        }

        return new Evidence(ps, ckb, ur, fa, ar, strong);
    }
}
