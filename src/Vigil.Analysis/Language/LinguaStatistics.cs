using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Vigil.Analysis.Language;

/// <summary>
/// The character n-gram statistics of one language as shipped by the Lingua language detector
/// (NuGet SearchPioneer.Lingua, <c>Lingua/LanguageModels/&lt;iso&gt;/{unigrams,bigrams,trigrams,quadrigrams,fivegrams}.json.br</c>,
/// Apache-2.0; trained by Lingua's authors on the Leipzig Wortschatz news corpora), turned into Vigil's
/// n-gram features with their frequency per letter of running text.
/// </summary>
/// <remarks>
/// Format: Brotli-compressed JSON <c>{"language":"TURKISH","ngrams":{"3/8":"ab cd", ...}}</c>: each key is a
/// reduced fraction and its value the space-separated n-grams that have it. Lingua counts the n-grams of the
/// lower-cased text inside runs of the language's letters (no padding), and stores for a unigram its share
/// of all letters and for an n-gram of order n &gt; 1 its count divided by the count of its (n−1)-letter
/// prefix. So the frequency per letter of an n-gram is the product of the fractions along its prefixes.
/// Vigil's features are taken inside space-padded words (" word "), so they also include n-grams with a
/// boundary: the runs of Lingua's text that start with g are the occurrences of g that no letter precedes,
/// f(" g") = f(g) − Σ_x f(xg), and those that end with g are f("g ") = f(g) − Σ_x f(gx) (exact, as Lingua
/// keeps every n-gram seen). Features with a boundary on both sides (" g ": a whole word of up to three
/// letters) cannot be derived and are left to Vigil's own corpus.
/// </remarks>
public sealed class LinguaStatistics
{
    /// <summary>The file names of orders 1 to 5, as Lingua ships them.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"];

    private readonly Dictionary<string, double>[] perLetter; // [order - 1]: n-gram → occurrences per letter

    private LinguaStatistics(string language, Dictionary<string, double>[] perLetter)
    {
        Language = language;
        this.perLetter = perLetter;
    }

    /// <summary>The language name inside the files (e.g. "TURKISH").</summary>
    public string Language { get; }

    /// <summary>Number of n-grams of each order 1..5.</summary>
    public IReadOnlyList<int> GramCounts => [.. perLetter.Select(d => d.Count)];

    /// <summary>Reads the <c>*.json.br</c> files of orders 1..<paramref name="orders"/> of one language folder (e.g. <c>LanguageModels/tr</c>).</summary>
    public static LinguaStatistics Read(string folder, int orders = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(orders, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(orders, FileNames.Count);
        var texts = new List<string>(orders);
        foreach (var name in FileNames.Take(orders))
        {
            var path = Path.Combine(folder, name + ".json.br");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Lingua statistics file '{path}' is missing (every language folder needs {string.Join(", ", FileNames)}.json.br).", path);
            }

            using var brotli = new BrotliStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(brotli, System.Text.Encoding.UTF8);
            try
            {
                texts.Add(reader.ReadToEnd());
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidDataException($"Lingua statistics file '{path}' is not valid Brotli data.", e);
            }
        }

        return Parse(texts, folder);
    }

    /// <summary>
    /// Parses the JSON of orders 1.. <paramref name="jsonPerOrder"/>.Count (1 to 5 files, lowest order first);
    /// throws <see cref="InvalidDataException"/> naming <paramref name="source"/> when a file is malformed.
    /// </summary>
    public static LinguaStatistics Parse(IReadOnlyList<string> jsonPerOrder, string source)
    {
        ArgumentNullException.ThrowIfNull(jsonPerOrder);
        if (jsonPerOrder.Count is 0 or > 5)
        {
            throw new ArgumentException("Lingua statistics have 1 to 5 orders.", nameof(jsonPerOrder));
        }

        string? language = null;
        var tables = new Dictionary<string, double>[jsonPerOrder.Count];
        for (var o = 0; o < jsonPerOrder.Count; o++)
        {
            var order = o + 1;
            var where = $"{source} ({FileNames[o]})";
            var table = new Dictionary<string, double>(StringComparer.Ordinal);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(jsonPerOrder[o]);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"Lingua statistics {where} are not valid JSON: {e.Message}", e);
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("language", out var name) || name.ValueKind != JsonValueKind.String
                    || !root.TryGetProperty("ngrams", out var ngrams) || ngrams.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException($"Lingua statistics {where} need an object with \"language\" (a string) and \"ngrams\" (an object).");
                }

                language ??= name.GetString();
                if (name.GetString() != language)
                {
                    throw new InvalidDataException($"Lingua statistics {where} are for {name.GetString()}, the lower orders for {language}.");
                }

                foreach (var entry in ngrams.EnumerateObject())
                {
                    var fraction = ParseFraction(entry.Name, where);
                    if (entry.Value.ValueKind != JsonValueKind.String)
                    {
                        throw new InvalidDataException($"Lingua statistics {where}: the n-grams of \"{entry.Name}\" are not a string.");
                    }

                    foreach (var gram in entry.Value.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (gram.Any(char.IsSurrogate))
                        {
                            continue; // letters beyond the BMP: Vigil's n-grams count UTF-16 units, Lingua's code points
                        }

                        if (gram.Length != order)
                        {
                            throw new InvalidDataException($"Lingua statistics {where}: \"{gram}\" has {gram.Length} letters, expected {order}.");
                        }

                        double value;
                        if (order == 1)
                        {
                            value = fraction;
                        }
                        else if (tables[o - 1].TryGetValue(gram[..^1], out var prefix))
                        {
                            value = fraction * prefix;
                        }
                        else
                        {
                            throw new InvalidDataException($"Lingua statistics {where}: \"{gram}\" has no entry for its prefix \"{gram[..^1]}\" in the order below.");
                        }

                        if (!table.TryAdd(gram, value))
                        {
                            throw new InvalidDataException($"Lingua statistics {where}: \"{gram}\" appears twice.");
                        }
                    }
                }
            }

            tables[o] = table;
        }

        return new LinguaStatistics(language!, tables);
    }

    private static double ParseFraction(string text, string where)
    {
        var slash = text.IndexOf('/');
        if (slash > 0
            && long.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
            && long.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
            && numerator > 0 && denominator >= numerator)
        {
            return numerator / (double)denominator;
        }

        throw new InvalidDataException($"Lingua statistics {where}: \"{text}\" is not a fraction p/q with 0 < p ≤ q.");
    }

    /// <summary>
    /// Vigil's features (as <see cref="TextFeatures"/> sees them: letters of the word, ' ' for a word boundary)
    /// with their occurrences per letter of text: every n-gram of order 1..5, and the n-grams with one
    /// boundary derived from the next order (" g" and "g ", order of g + 1). Sorted by feature (deterministic).
    /// </summary>
    public IEnumerable<(string Gram, double PerLetter)> Features()
    {
        var features = new List<(string, double)>();
        for (var o = 0; o < perLetter.Length; o++)
        {
            foreach (var (gram, value) in perLetter[o])
            {
                features.Add((gram, value));
            }

            if (o + 1 >= perLetter.Length)
            {
                continue;
            }

            var right = new Dictionary<string, double>(StringComparer.Ordinal); // Σ_x f(gx)
            var left = new Dictionary<string, double>(StringComparer.Ordinal); // Σ_x f(xg)
            foreach (var (longer, value) in perLetter[o + 1])
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(right, longer[..^1], out _) += value;
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(left, longer[1..], out _) += value;
            }

            foreach (var (gram, value) in perLetter[o])
            {
                // rounding can leave a tiny positive rest where every occurrence is followed by a letter
                var end = value - right.GetValueOrDefault(gram);
                if (end > value * 1e-9)
                {
                    features.Add((gram + " ", end));
                }

                var start = value - left.GetValueOrDefault(gram);
                if (start > value * 1e-9)
                {
                    features.Add((" " + gram, start));
                }
            }
        }

        features.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return features;
    }
}
