namespace Vigil.Core.Analysis;

/// <summary>
/// A language decision: ISO 639-1 where one exists, else ISO 639-3, or "und" when undecidable.
/// <paramref name="Romanized"/> marks e.g. Arabizi (Arabic in Latin letters).
/// </summary>
public sealed record LanguageGuess(string Code, double Confidence, bool Romanized = false)
{
    public static LanguageGuess Undetermined { get; } = new("und", 0);
}
