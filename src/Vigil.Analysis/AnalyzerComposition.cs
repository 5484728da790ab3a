using Vigil.Analysis.Classification;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Language;
using Vigil.Core.Analysis;

namespace Vigil.Analysis;

/// <summary>
/// Which stages `vigil analyze`, `vigil import` and the web API's <c>POST /api/v1/analyze</c> run: the
/// shipped language identifier (letters, then a character n-gram model), the indicator extractor
/// (gazetteer and lexicons) and the category classifier (rules and model), all embedded in
/// Vigil.Analysis. One place to change when a stage is replaced.
/// </summary>
public static class AnalyzerComposition
{
    public static ILanguageIdentifier Language() => LanguageIdentifier.Default;

    public static IIndicatorExtractor Indicators() => new IndicatorExtractor();

    public static ICategoryClassifier? Classifier() => CategoryClassifier.LoadEmbedded();

    public static PostAnalyzer Create() => new(Language(), Indicators(), Classifier());
}
