using System.Globalization;
using System.Reflection;

namespace Vigil.Analysis.Extraction;

/// <summary>
/// The gazetteer (data/gazetteer) and indicator lexicons (data/lexicons/indicators), embedded in this
/// assembly at build time and folded into one phrase dictionary at first use, so analysis needs no files,
/// database or network. Immutable after construction and thread-safe. Holds no personal data.
/// </summary>
public sealed class IndicatorLexicon
{
    private static readonly Lazy<IndicatorLexicon> LazyDefault = new(() => FromResources(typeof(IndicatorLexicon).Assembly));

    private readonly Dictionary<string, PhraseInfo> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PhraseInfo> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PhraseInfo>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;
    private readonly Dictionary<string, PhraseInfo>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;

    // First token of every phrase of two tokens or more → the most tokens such a phrase has. Most tokens
    // start no phrase, and then one lookup of the token alone is enough (was MaxTokens lookups).
    private readonly Dictionary<string, int> _starts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _startLookup;

    private IndicatorLexicon(IEnumerable<(string Name, TextReader Reader)> files)
    {
        foreach (var (name, reader) in files)
        {
            Load(name, reader);
        }

        foreach (var (phrase, info) in _phrases)
        {
            // Inflected forms (Russian cases, Turkish endings written without apostrophe) match the stem.
            if (!phrase.Contains(' ') && phrase.Length >= 5 && IsVowel(phrase[^1]) && !IsArabicScript(phrase[0]))
            {
                _stems.TryAdd(phrase[..^1], info);
            }
            else if (!phrase.Contains(' ') && phrase.Length >= 4 && phrase[^1] == 'σ' && phrase[0] is >= '\u03B1' and <= '\u03C9')
            {
                // Greek accusative: "Λέσβος" → "στη Λέσβο".
                _stems.TryAdd(phrase[..^1], info);
            }
        }

        _phraseLookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemLookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxTokens = _phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);
        foreach (var phrase in _phrases.Keys)
        {
            var space = phrase.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                var first = phrase[..space];
                var tokens = phrase.Count(c => c == ' ') + 1;
                _starts[first] = Math.Max(tokens, _starts.GetValueOrDefault(first));
            }
        }

        _startLookup = _starts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped with Vigil (loaded once per process).</summary>
    public static IndicatorLexicon Default => LazyDefault.Value;

    /// <summary>Number of distinct folded phrases (all languages, all kinds).</summary>
    public int PhraseCount => _phrases.Count;

    /// <summary>Places of the gazetteer, by English name.</summary>
    public IReadOnlyDictionary<string, GazetteerPlace> Places { get; private set; } = new Dictionary<string, GazetteerPlace>();

    internal int MaxTokens { get; }

    /// <summary>The most tokens a phrase beginning with the folded token <paramref name="firstToken"/> can have (1 when none has more).</summary>
    internal int MaxTokensFrom(ReadOnlySpan<char> firstToken) => _startLookup.TryGetValue(firstToken, out var n) ? n : 1;

    internal PhraseInfo? Lookup(ReadOnlySpan<char> folded) => _phraseLookup.TryGetValue(folded, out var info) ? info : null;

    internal PhraseInfo? LookupStem(ReadOnlySpan<char> folded) => _stemLookup.TryGetValue(folded, out var info) ? info : null;

    /// <summary>Builds a lexicon from the embedded data files of <paramref name="assembly"/>.</summary>
    public static IndicatorLexicon FromResources(Assembly assembly)
    {
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("vigil-data/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException("The gazetteer and lexicons are not embedded in " + assembly.GetName().Name + "; rebuild Vigil.Analysis.");
        }

        var readers = names.Select(n => (n, (TextReader)new StreamReader(assembly.GetManifestResourceStream(n)!))).ToList();
        try
        {
            return new IndicatorLexicon(readers);
        }
        finally
        {
            foreach (var (_, reader) in readers)
            {
                reader.Dispose();
            }
        }
    }

    private void Load(string name, TextReader reader)
    {
        var file = name[(name.LastIndexOf('/') + 1)..];
        var places = (Dictionary<string, GazetteerPlace>)Places;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            switch (file)
            {
                case "countries.tsv":
                {
                    var names = cols[3].Split('|');
                    var place = new GazetteerPlace(names[0], cols[0], "country", null, Num(cols[1]), Num(cols[2]));
                    places.TryAdd(place.Name, place);
                    foreach (var n in names)
                    {
                        AddPlace(n, place);
                    }

                    break;
                }

                case "places.tsv":
                {
                    var place = new GazetteerPlace(cols[0], cols[1] == "-" ? null : cols[1], cols[2], cols[3].Length == 0 ? null : cols[3], Num(cols[4]), Num(cols[5]));
                    places.TryAdd(place.Name, place);
                    foreach (var n in cols[6].Split('|'))
                    {
                        AddPlace(n, place);
                    }

                    break;
                }

                case "route-markers.tsv":
                {
                    var position = cols[1] switch { "before" => MarkerPosition.Before, "after" => MarkerPosition.After, _ => MarkerPosition.Suffix };
                    var marker = new MarkerEntry(cols[0], position, cols[2]);
                    foreach (var term in cols[3].Split('|'))
                    {
                        (Info(term).Markers ??= []).Add(marker);
                    }

                    break;
                }

                case "prices.tsv":
                {
                    var word = cols[0] switch
                    {
                        "currency" => new PriceWord(PriceWordKind.Currency, cols[1], 1m),
                        "currency-scaled" => new PriceWord(PriceWordKind.Currency, cols[1].Split('*')[0], decimal.Parse(cols[1].Split('*')[1], CultureInfo.InvariantCulture)),
                        "magnitude" => new PriceWord(PriceWordKind.Magnitude, null, decimal.Parse(cols[1], CultureInfo.InvariantCulture)),
                        "number" => new PriceWord(PriceWordKind.Number, null, decimal.Parse(cols[1], CultureInfo.InvariantCulture)),
                        _ => new PriceWord(PriceWordKind.PerPerson, null, 1m),
                    };
                    foreach (var term in cols[2].Split('|'))
                    {
                        (Info(term).PriceWords ??= []).Add(word);
                    }

                    break;
                }

                default:
                {
                    // transport.tsv, payment.tsv, guarantees.tsv, documents.tsv: value | lang | terms
                    var type = Path.GetFileNameWithoutExtension(file);
                    var entry = new TermEntry(type, cols[0], cols[1]);
                    foreach (var term in cols[2].Split('|'))
                    {
                        (Info(term).Terms ??= []).Add(entry);
                    }

                    break;
                }
            }
        }
    }

    private void AddPlace(string name, GazetteerPlace place)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var info = Info(name);
        if (info.Places is null || !info.Places.Contains(place))
        {
            // The first place listed under a name wins at extraction time: curated places load after countries,
            // so a city that shares a country's name in Arabic ("تونس") stays the country.
            (info.Places ??= []).Add(place);
        }

        var folded = TextFolder.FoldPhrase(name);
        if (folded.StartsWith("ال", StringComparison.Ordinal) && folded.Length >= 6 && !folded.Contains(' '))
        {
            // Arabic names written without the article after a clitic: "لليونان" = ل + (ال)يونان.
            var bare = _phrases.TryGetValue(folded[2..], out var existing) ? existing : (_phrases[folded[2..]] = new PhraseInfo());
            if (bare.Places is null || !bare.Places.Contains(place))
            {
                (bare.Places ??= []).Add(place);
            }
        }
    }

    private PhraseInfo Info(string term)
    {
        var folded = TextFolder.FoldPhrase(term.Trim());
        if (folded.Length == 0)
        {
            throw new InvalidDataException($"The lexicon term '{term}' folds to nothing.");
        }

        if (!_phrases.TryGetValue(folded, out var info))
        {
            info = new PhraseInfo();
            _phrases[folded] = info;
        }

        return info;
    }

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static bool IsVowel(char c) => "aeiouyаеиоуыэюяіαεηιουωاهی".Contains(c);

    private static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF';
}
