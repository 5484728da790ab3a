namespace Vigil.Core.Analysis;

/// <summary>A category decision with calibrated scores over all categories and the evidence that decided it.</summary>
public sealed record Classification(
    Category Category,
    double Confidence,
    IReadOnlyDictionary<Category, double> Scores,
    IReadOnlyList<string> Explanation);

/// <summary>Decides the category of a text given its language and indicators. Pure and thread-safe.</summary>
public interface ICategoryClassifier
{
    Classification Classify(string text, LanguageGuess language, Indicators indicators);
}
