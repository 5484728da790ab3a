namespace Vigil.Core.Analysis;

/// <summary>Identifies the language of a text. Pure and thread-safe.</summary>
public interface ILanguageIdentifier
{
    /// <param name="text">Any text, any script.</param>
    /// <param name="hint">A language the source claims (a hint only; may be wrong).</param>
    LanguageGuess Identify(string text, string? hint = null);
}
