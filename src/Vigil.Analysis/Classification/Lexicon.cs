using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification;

/// <summary>
/// The per-language category lexicons, compiled into one Aho–Corasick automaton over folded text (one
/// pass whatever the number of terms) plus a few regular expressions. Immutable and thread-safe once built.
/// </summary>
/// <remarks>Lexicons are reference data written by the team; they contain no personal data. Matching
/// reads the text only in memory and returns the matched lexicon rows, never the surrounding text.</remarks>
public sealed class Lexicon
{
    private readonly LexiconEntry[] _entries;
    private readonly TermAutomaton _automaton;
    private readonly (Regex Regex, int Entry)[] _patterns;

    private Lexicon(LexiconEntry[] entries)
    {
        _entries = entries;
        var terms = new List<(string, int)>();
        var patterns = new List<(Regex, int)>();
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Match == TermMatch.Pattern)
            {
                patterns.Add((new Regex(entries[i].Term, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1)), i));
            }
            else
            {
                terms.Add((entries[i].Term, i));
            }
        }

        _automaton = new TermAutomaton(terms);
        _patterns = [.. patterns];
    }

    public IReadOnlyList<LexiconEntry> Entries => _entries;

    /// <summary>Languages with a lexicon file, e.g. "ar", "fa".</summary>
    public IReadOnlyList<string> Languages => _entries.Select(e => e.Lang).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Builds a lexicon from entries already parsed.</summary>
    public static Lexicon Create(IEnumerable<LexiconEntry> entries) => new([.. entries]);

    /// <summary>
    /// Parses lexicon files: (language code, file name for messages, content). Bad lines are returned as
    /// errors naming file and line and skipped; the remaining rows are used.
    /// </summary>
    public static (Lexicon Lexicon, IReadOnlyList<LexiconParseError> Errors) Parse(IEnumerable<(string Lang, string FileName, string Content)> files)
    {
        var entries = new List<LexiconEntry>();
        var errors = new List<LexiconParseError>();
        foreach (var (lang, fileName, content) in files)
        {
            ParseFile(lang, fileName, content, entries, errors);
        }

        return (new Lexicon([.. entries]), errors);
    }

    /// <summary>Loads every <c>&lt;lang&gt;.tsv</c> file of a directory.</summary>
    public static (Lexicon Lexicon, IReadOnlyList<LexiconParseError> Errors) LoadDirectory(string directory) =>
        Parse(Directory.EnumerateFiles(directory, "*.tsv")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), Path.GetFileName(f), File.ReadAllText(f))));

    /// <summary>Finds every lexicon row present in <paramref name="folded"/> (text already prepared with <see cref="MatchText.Prepare"/>); each row counts once.</summary>
    public IReadOnlyList<LexiconEntry> Match(string folded)
    {
        var seen = new List<int>();
        var found = new List<TermAutomaton.Hit>();
        _automaton.FindAll(folded, found);
        foreach (var (index, start, end) in found)
        {
            var entry = _entries[index];
            var ok = entry.Match == TermMatch.Anywhere
                || ((start == 0 || !IsWordChar(folded[start - 1]) || AfterArabicProclitic(folded, start, entry.Term))
                    && (entry.Match != TermMatch.WholeWord || end == folded.Length || !IsWordChar(folded[end])));
            if (ok)
            {
                seen.Add(index);
            }
        }

        foreach (var (regex, index) in _patterns)
        {
            if (regex.IsMatch(folded))
            {
                seen.Add(index);
            }
        }

        if (seen.Count == 0)
        {
            return [];
        }

        seen.Sort();
        var result = new List<LexiconEntry>(seen.Count);
        var last = -1;
        foreach (var i in seen)
        {
            if (i != last)
            {
                result.Add(_entries[i]);
                last = i;
            }
        }

        return result;
    }

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>
    /// Arabic attaches conjunctions, prepositions and the article to the next word (و ف ب ل ك س ال): a term
    /// written in Arabic script also matches right after such a proclitic, e.g. تهريب inside والتهريب.
    /// </summary>
    private static bool AfterArabicProclitic(string text, int start, string term)
    {
        if (term.Length == 0 || !IsArabicLetter(term[0]))
        {
            return false;
        }

        var wordStart = start;
        while (wordStart > 0 && IsWordChar(text[wordStart - 1]))
        {
            wordStart--;
        }

        var prefix = text.AsSpan(wordStart, start - wordStart);
        return prefix.Length <= 4 && IsProcliticChain(prefix);
    }

    private static bool IsProcliticChain(ReadOnlySpan<char> p)
    {
        // (و|ف)? (ب|ل|ك|س)? (ال|ل)?  — after folding; at least one char.
        var i = 0;
        if (i < p.Length && p[i] is '\u0648' or '\u0641')
        {
            i++;
        }

        if (i < p.Length && p[i] is '\u0628' or '\u0644' or '\u0643' or '\u0633')
        {
            i++;
        }

        if (p.Length - i >= 2 && p[i] == '\u0627' && p[i + 1] == '\u0644')
        {
            i += 2;
        }
        else if (i < p.Length && p[i] == '\u0644')
        {
            i++;
        }

        return i == p.Length && p.Length > 0;
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0600' and <= '\u06FF';

    private static void ParseFile(string lang, string fileName, string content, List<LexiconEntry> entries, List<LexiconParseError> errors)
    {
        var lineNo = 0;
        foreach (var rawLine in content.Split('\n'))
        {
            lineNo++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#') || line.StartsWith("term\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 3)
            {
                errors.Add(new(fileName, lineNo, $"expected 'term<TAB>category<TAB>weight<TAB>note', found {cols.Length} column(s)"));
                continue;
            }

            var display = cols[0].Trim();
            Category? target;
            if (string.Equals(cols[1].Trim(), "flagged", StringComparison.OrdinalIgnoreCase))
            {
                target = null;
            }
            else if (Categories.TryParse(cols[1].Trim(), out var category))
            {
                target = category;
            }
            else
            {
                errors.Add(new(fileName, lineNo, $"unknown category '{cols[1].Trim()}' (use a category of design.md or 'flagged')"));
                continue;
            }

            if (!double.TryParse(cols[2].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || double.IsNaN(weight) || Math.Abs(weight) > 10)
            {
                errors.Add(new(fileName, lineNo, $"weight '{cols[2].Trim()}' is not a number between -10 and 10"));
                continue;
            }

            var (match, body) = display switch
            {
                _ when display.StartsWith("re:", StringComparison.Ordinal) => (TermMatch.Pattern, display[3..]),
                _ when display.StartsWith('=') => (TermMatch.WholeWord, display[1..]),
                _ when display.StartsWith('~') => (TermMatch.Anywhere, display[1..]),
                _ => (TermMatch.WordPrefix, display),
            };
            string term;
            if (match == TermMatch.Pattern)
            {
                term = body;
                try
                {
                    _ = new Regex(term, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
                }
                catch (ArgumentException ex)
                {
                    errors.Add(new(fileName, lineNo, $"pattern does not compile: {ex.Message}"));
                    continue;
                }
            }
            else
            {
                term = MatchText.Prepare(body);
                if (term.Length < 2)
                {
                    errors.Add(new(fileName, lineNo, "term is empty or a single character after folding"));
                    continue;
                }
            }

            var note = cols.Length > 3 ? cols[3].Trim() : string.Empty;
            entries.Add(new LexiconEntry(term, match, target, weight, lang, note, $"{fileName}:{lineNo}") { Display = match == TermMatch.Pattern ? body : body.Trim() });
        }
    }
}
