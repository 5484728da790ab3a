using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification;

/// <summary>How a lexicon term must sit in the folded text to count as a match.</summary>
public enum TermMatch
{
    /// <summary>At the start of a word, any ending (a stem): <c>smuggl</c> matches "smugglers".</summary>
    WordPrefix,

    /// <summary>Whole words only (<c>=term</c> in the file).</summary>
    WholeWord,

    /// <summary>Anywhere, even inside a word (<c>~term</c> in the file).</summary>
    Anywhere,

    /// <summary>A regular expression on the folded text (<c>re:pattern</c> in the file).</summary>
    Pattern,
}

/// <summary>
/// One row of a category lexicon: a folded term (or pattern), the category it is evidence for, its weight,
/// the language file it came from and a note saying why it is there. <see cref="Target"/> is
/// <c>null</c> when the row targets the group of all flagged categories (<c>flagged</c> in the file).
/// </summary>
public sealed record LexiconEntry(string Term, TermMatch Match, Category? Target, double Weight, string Lang, string Note, string Source)
{
    /// <summary>The term as written in the file (before folding), for explanations.</summary>
    public required string Display { get; init; }
}
