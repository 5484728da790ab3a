using Vigil.Analysis.Extraction;
using Vigil.Core.Analysis;

namespace Vigil.Cli.Commands;

/// <summary>
/// The indicator extractor used by `train` and `eval`: the same <see cref="IndicatorExtractor"/> that
/// `analyze` runs, so the model is trained and measured on the features it will see. The corpus language
/// is passed as a sure guess (training and evaluation measure the classifier, not language identification).
/// </summary>
internal static class IndicatorSource
{
    private static readonly IndicatorExtractor Extractor = new();

    public static bool Available => true;

    public static Indicators Extract(string text, string lang) => Extractor.Extract(text, new LanguageGuess(lang, 1)).Indicators;
}
