using Vigil.Core.Analysis;

namespace Vigil.Analysis;

/// <summary>
/// The analysis stage: language, then indicators, then category. Each part is a one-method stage
/// (<see cref="ILanguageIdentifier"/>, <see cref="IIndicatorExtractor"/>, <see cref="ICategoryClassifier"/>);
/// this type only composes them and merges their explanations (the classifier's evidence first).
/// Without a classifier every post is <see cref="Category.Unrelated"/> with confidence 0 and no scores,
/// which is what the analyze contract allows until one is wired; nothing else is filled in.
/// Pure and thread-safe when its stages are. The result holds indicators in clear (phones, handles):
/// callers pseudonymise before storing.
/// </summary>
public sealed class PostAnalyzer(ILanguageIdentifier language, IIndicatorExtractor indicators, ICategoryClassifier? classifier = null) : IPostAnalyzer
{
    /// <summary>True when a category classifier is wired (otherwise categories are all "unrelated", confidence 0).</summary>
    public bool Classifies => classifier is not null;

    public PostAnalysis Analyze(string text, string? langHint = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var guess = language.Identify(text, langHint);
        var extraction = indicators.Extract(text, guess);
        if (classifier is null)
        {
            return new PostAnalysis
            {
                Language = guess,
                Indicators = extraction.Indicators,
                Explanation = extraction.Explanation,
            };
        }

        var classification = classifier.Classify(text, guess, extraction.Indicators);
        return new PostAnalysis
        {
            Language = guess,
            Category = classification.Category,
            Confidence = classification.Confidence,
            Scores = classification.Scores,
            Indicators = extraction.Indicators,
            Explanation = [.. classification.Explanation, .. extraction.Explanation],
        };
    }
}
