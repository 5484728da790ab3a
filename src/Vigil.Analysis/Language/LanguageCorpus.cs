using System.Text;

namespace Vigil.Analysis.Language;

/// <summary>
/// The training text of the language model: one UTF-8 file per language label
/// (<c>ar.txt</c>, <c>ar-Latn.txt</c>, ...) with one line of text per line, as written by
/// tools/langid/build_corpus.py. Lines starting with '#' are comments.
/// </summary>
public sealed record LanguageCorpus(IReadOnlyList<(string Code, IReadOnlyList<string> Lines)> Languages)
{
    /// <summary>Reads every <c>*.txt</c> of <paramref name="directory"/>, sorted by label.</summary>
    public static LanguageCorpus Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The language corpus folder '{directory}' does not exist; run tools/langid/build_corpus.py first.");
        }

        var languages = Directory.EnumerateFiles(directory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), (IReadOnlyList<string>)File.ReadAllLines(f, Encoding.UTF8)
                .Where(l => l.Length > 0 && l[0] != '#').ToArray()))
            .ToArray();
        return new LanguageCorpus(languages);
    }

    /// <summary>Trains a model on all lines.</summary>
    public NgramModel Train(NgramTrainingOptions options) =>
        NgramModelTrainer.Train([.. Languages.Select(l => (l.Code, (IEnumerable<string>)l.Lines))], options);

    /// <summary>
    /// Splits off every <paramref name="every"/>-th line as held-out development text (for tuning
    /// without touching the benchmark); returns the training part and the held-out part.
    /// </summary>
    public (LanguageCorpus Train, LanguageCorpus Holdout) Split(int every)
    {
        var train = Languages.Select(l => (l.Code, (IReadOnlyList<string>)l.Lines.Where((_, i) => i % every != every - 1).ToArray())).ToArray();
        var holdout = Languages.Select(l => (l.Code, (IReadOnlyList<string>)l.Lines.Where((_, i) => i % every == every - 1).ToArray())).ToArray();
        return (new LanguageCorpus(train), new LanguageCorpus(holdout));
    }
}
