using System.Collections.Frozen;

namespace Vigil.Analysis.Extraction;

/// <summary>
/// Default regions for phone numbers written without an international prefix: a number "0532 123 45 67"
/// only has a country once we guess where its writer dials from. Hints come from the post's language and,
/// failing that, from its script; places named in the post come first (the extractor adds them).
/// Pure and thread-safe.
/// </summary>
public static class RegionHints
{
    /// <summary>Regions tried when nothing in the post hints at one: the countries of the routes, most frequent first.</summary>
    public static IReadOnlyList<string> RouteFallback { get; } =
        ["TR", "LY", "GR", "IT", "SY", "IQ", "IR", "AF", "PK", "EG", "TN", "MA", "DZ", "LB", "JO", "RU", "BY", "UA", "PL", "DE", "FR", "GB", "ES"];

    private static readonly FrozenDictionary<string, string[]> ByLanguage = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["tr"] = ["TR"],
        ["ar"] = ["LY", "SY", "IQ", "EG", "TN", "MA", "DZ", "LB", "JO", "SD", "SA", "AE", "TR"],
        ["fa"] = ["IR", "AF", "TR"],
        ["prs"] = ["AF", "IR", "TR"],
        ["ps"] = ["AF", "PK", "IR"],
        ["ur"] = ["PK"],
        ["pa"] = ["PK", "IN"],
        ["ckb"] = ["IQ", "IR"],
        ["kmr"] = ["TR", "IQ", "SY"],
        ["ku"] = ["IQ", "TR", "SY", "IR"],
        ["ru"] = ["RU", "BY", "UA"],
        ["uk"] = ["UA"],
        ["be"] = ["BY"],
        ["el"] = ["GR", "CY"],
        ["it"] = ["IT"],
        ["fr"] = ["FR", "BE", "TN", "MA", "DZ"],
        ["de"] = ["DE", "AT"],
        ["es"] = ["ES", "MA"],
        ["pt"] = ["PT"],
        ["nl"] = ["NL", "BE"],
        ["pl"] = ["PL"],
        ["ro"] = ["RO"],
        ["bg"] = ["BG"],
        ["sr"] = ["RS", "BA"],
        ["hr"] = ["HR", "BA"],
        ["bs"] = ["BA"],
        ["sq"] = ["AL", "XK"],
        ["ka"] = ["GE"],
        ["so"] = ["SO"],
        ["ti"] = ["ER", "ET"],
        ["am"] = ["ET"],
        ["bn"] = ["BD"],
        ["hi"] = ["IN"],
        ["vi"] = ["VN"],
        ["zh"] = ["CN"],
        ["en"] = ["GB"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Regions where a language is mostly written; empty when unknown or undetermined.</summary>
    public static IReadOnlyList<string> ForLanguage(string? code) =>
        code is not null && ByLanguage.TryGetValue(code, out var regions) ? regions : [];

    /// <summary>
    /// A language guessed from letters alone, for callers that have no language identifier (the
    /// pseudonymiser at ingest): Persian/Pashto/Urdu letters, Arabic script, Cyrillic, Greek, Turkish letters.
    /// Null when the letters say nothing.
    /// </summary>
    public static string? LanguageFromScript(ReadOnlySpan<char> text)
    {
        int arabic = 0, persian = 0, pashto = 0, urdu = 0, cyrillic = 0, ukrainian = 0, greek = 0, turkish = 0, latin = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= 'a' and <= 'z' or >= 'A' and <= 'Z': latin++; break;
                case 'ğ' or 'Ğ' or 'ş' or 'Ş' or 'ı' or 'İ': turkish++; break;
                case 'پ' or 'چ' or 'ژ' or 'گ' or 'ی' or 'ک': persian++; arabic++; break;
                case 'ټ' or 'ډ' or 'ړ' or 'ښ' or 'ځ' or 'څ': pashto++; arabic++; break;
                case 'ٹ' or 'ڈ' or 'ڑ' or 'ں' or 'ے': urdu++; arabic++; break;
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                case 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ': ukrainian++; cyrillic++; break;
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
            }
        }

        var max = Math.Max(Math.Max(arabic, cyrillic), Math.Max(greek, latin + turkish));
        if (max == 0)
        {
            return null;
        }

        if (max == arabic)
        {
            return pashto > 0 ? "ps" : urdu > 0 ? "ur" : persian > 0 ? "fa" : "ar";
        }

        if (max == cyrillic)
        {
            return ukrainian > 0 ? "uk" : "ru";
        }

        if (max == greek)
        {
            return "el";
        }

        return turkish > 0 ? "tr" : null;
    }
}
