using Vigil.Core.Analysis;

namespace Vigil.Cli.Commands;

/// <summary>
/// The indicator extractor used by `train` and `eval`. Until the extractor of issue 3 is on main this gives
/// no indicators, which `train` and `eval` say on their output; the classifier then relies on lexicons and
/// n-grams alone.
/// </summary>
internal static class IndicatorSource
{
    public static bool Available => false;

    public static Indicators Extract(string text, string lang) => Vigil.Core.Analysis.Indicators.Empty;
}
