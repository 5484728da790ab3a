namespace Vigil.Core.Analysis;

/// <summary>Indicators found in a text, and sentences saying what was found (for the explanation).</summary>
public sealed record Extraction(Indicators Indicators, IReadOnlyList<string> Explanation)
{
    public static Extraction Empty { get; } = new(Indicators.Empty, []);
}

/// <summary>Extracts phones, handles, prices, places, transport, payment, guarantees and documents. Pure and thread-safe.</summary>
public interface IIndicatorExtractor
{
    Extraction Extract(string text, LanguageGuess language);
}
