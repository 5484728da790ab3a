namespace Vigil.Core.Analysis;

/// <summary>The result of analysing one text: language, category with calibrated scores, indicators and why.</summary>
public sealed record PostAnalysis
{
    public required LanguageGuess Language { get; init; }
    public Category Category { get; init; } = Category.Unrelated;
    public double Confidence { get; init; }
    public IReadOnlyDictionary<Category, double> Scores { get; init; } = new Dictionary<Category, double>();
    public Indicators Indicators { get; init; } = Indicators.Empty;
    public IReadOnlyList<string> Explanation { get; init; } = [];
}
