namespace Vigil.Core.Analysis;

/// <summary>Analyses a text. Pure and thread-safe: no I/O, no clock, no shared mutable state.</summary>
public interface IPostAnalyzer
{
    PostAnalysis Analyze(string text, string? langHint = null);
}
