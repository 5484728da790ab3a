namespace Vigil.Analysis.Classification;

/// <summary>A lexicon or rule line that could not be read: where it is and what to fix. Lexicons hold no personal data.</summary>
public sealed record LexiconParseError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
