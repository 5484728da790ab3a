using System.Text;

namespace Vigil.Analysis.Language;

/// <summary>
/// The training text of the language model: one UTF-8 file per language label
/// (<c>ar.txt</c>, <c>ar-Latn.txt</c>, ...) with one line of text per line, and optionally a ranked word
/// frequency list per label in <c>words/&lt;label&gt;.txt</c> (most frequent first), as written by
/// tools/langid/build_corpus.py. Lines starting with '#' are comments.
/// </summary>
public sealed record LanguageCorpus(IReadOnlyList<(string Code, IReadOnlyList<string> Lines)> Languages)
{
    /// <summary>Ranked word lists by label (most frequent word first); may be empty.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> WordLists { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Lingua's <c>LanguageModels</c> folder (one sub-folder of n-gram statistics per ISO code, see
    /// <see cref="LinguaStatistics"/>), mixed into the counts with <see cref="NgramTrainingOptions.LinguaWeight"/>; null: not used.
    /// </summary>
    public string? LinguaFolder { get; init; }

    /// <summary>Reads every <c>*.txt</c> of <paramref name="directory"/>, sorted by label, and the word lists of its <c>words</c> folder.</summary>
    public static LanguageCorpus Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The language corpus folder '{directory}' does not exist; run tools/langid/build_corpus.py first.");
        }

        var languages = ReadFolder(directory);
        var words = Path.Combine(directory, "words");
        var lists = Directory.Exists(words) ? ReadFolder(words).ToDictionary(l => l.Code, l => l.Lines) : [];
        var unknown = lists.Keys.Where(k => !languages.Any(l => l.Code == k)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidDataException($"Word lists without a corpus file: {string.Join(", ", unknown)}; every label needs <label>.txt.");
        }

        return new LanguageCorpus(languages) { WordLists = lists };
    }

    private static (string Code, IReadOnlyList<string> Lines)[] ReadFolder(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), (IReadOnlyList<string>)File.ReadAllLines(f, Encoding.UTF8)
                .Where(l => l.Length > 0 && l[0] != '#').ToArray()))];

    /// <summary>Trains a model on all lines and word lists.</summary>
    public NgramModel Train(NgramTrainingOptions options) => NgramModelTrainer.Build(Count(options), options);

    /// <summary>
    /// The n-gram counts of all text: each line once, and the word of rank r in a list
    /// <see cref="NgramTrainingOptions.WordListScale"/>/r times (Zipf's law).
    /// </summary>
    public NgramModelTrainer.Counts Count(NgramTrainingOptions options)
    {
        var counts = NgramModelTrainer.Count(
            [.. Languages.Select(l => (l.Code, l.Lines.Select(t => (t, 1.0)).Concat(Weighted(l.Code, options.WordListScale))))],
            options.ScriptShare,
            options.StripEvery);
        if (LinguaFolder is not null && options.LinguaWeight > 0)
        {
            foreach (var code in LinguaLanguages(counts))
            {
                var statistics = LinguaStatistics.Read(Path.Combine(LinguaFolder, code));
                NgramModelTrainer.AddStatistics(counts, code, statistics.Features(), options.LinguaWeight, options.LinguaMinCount);
            }
        }

        return counts;
    }

    /// <summary>
    /// The labels that learn from the Lingua statistics too: those with a folder in <see cref="LinguaFolder"/>
    /// whose writing system another label shares (a language alone in its script, such as Greek or Bengali,
    /// is told apart by its letters; Lingua's letter classes also leave out the vowel signs of Indic scripts).
    /// </summary>
    public IReadOnlyList<string> LinguaLanguages(NgramModelTrainer.Counts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (LinguaFolder is null)
        {
            return [];
        }

        var masks = counts.Masks;
        return [.. counts.Codes.Where((code, i) =>
            Directory.Exists(Path.Combine(LinguaFolder, code))
            && masks.Where((_, j) => j != i).Any(m => (m & masks[i]) != 0))];
    }

    private IEnumerable<(string, double)> Weighted(string code, double scale) =>
        scale > 0 && WordLists.TryGetValue(code, out var words) ? words.Select((w, i) => (w, scale / (i + 1))) : [];

    /// <summary>
    /// Splits off every <paramref name="every"/>-th line as held-out development text (for tuning
    /// without touching the benchmark); returns the training part and the held-out part. Word lists stay
    /// whole in the training part (they are vocabulary, not text to test on).
    /// </summary>
    public (LanguageCorpus Train, LanguageCorpus Holdout) Split(int every)
    {
        var train = Languages.Select(l => (l.Code, (IReadOnlyList<string>)l.Lines.Where((_, i) => i % every != every - 1).ToArray())).ToArray();
        var holdout = Languages.Select(l => (l.Code, (IReadOnlyList<string>)l.Lines.Where((_, i) => i % every == every - 1).ToArray())).ToArray();
        return (new LanguageCorpus(train) { WordLists = WordLists, LinguaFolder = LinguaFolder }, new LanguageCorpus(holdout));
    }
}
