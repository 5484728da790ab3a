using System.Reflection;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification;

/// <summary>
/// The transparent layer: lexicon terms and combination rules, scored on folded text and indicators.
/// Immutable and thread-safe. Every point of score can be traced to a row of a data file.
/// </summary>
public sealed class RuleLayer
{
    /// <summary>The logit a post gets for <c>unrelated</c> before any evidence (see <see cref="RuleEvidence.Logits"/>).</summary>
    public const double UnrelatedPrior = 1.0;

    private static readonly int CategoryCount = Categories.All.Count;

    private readonly CombinationRule[] _rules;

    public RuleLayer(Lexicon lexicon, IEnumerable<CombinationRule> rules)
    {
        Lexicon = lexicon;
        _rules = [.. rules];
    }

    public Lexicon Lexicon { get; }

    public IReadOnlyList<CombinationRule> Rules => _rules;

    /// <summary>
    /// Loads the lexicons and combination rules shipped inside Vigil.Analysis (copied from
    /// <c>data/lexicons/</c> at build time). Throws if a shipped file has errors: that is a bug of the build.
    /// </summary>
    public static RuleLayer LoadEmbedded()
    {
        var assembly = typeof(RuleLayer).Assembly;
        const string lexPrefix = "Vigil.Lexicons.Categories.";
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(lexPrefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[lexPrefix.Length..^4], n[lexPrefix.Length..], Read(assembly, n)))
            .ToArray();
        var (lexicon, errors) = Lexicon.Parse(files);
        var (rules, ruleErrors) = CombinationRule.Parse("category-combinations.tsv", Read(assembly, "Vigil.Lexicons.CategoryCombinations.tsv"));
        var all = errors.Concat(ruleErrors).ToArray();
        if (all.Length > 0 || files.Length == 0)
        {
            throw new InvalidDataException("The shipped lexicons have errors: " + string.Join("; ", all.Select(e => e.ToString())));
        }

        return new RuleLayer(lexicon, rules);
    }

    /// <summary>Loads lexicons from <c>&lt;dir&gt;/categories/*.tsv</c> and rules from <c>&lt;dir&gt;/category-combinations.tsv</c>.</summary>
    public static (RuleLayer Layer, IReadOnlyList<LexiconParseError> Errors) LoadDirectory(string lexiconsDir)
    {
        var (lexicon, errors) = Lexicon.LoadDirectory(Path.Combine(lexiconsDir, "categories"));
        var rulesFile = Path.Combine(lexiconsDir, "category-combinations.tsv");
        var (rules, ruleErrors) = File.Exists(rulesFile)
            ? CombinationRule.Parse(Path.GetFileName(rulesFile), File.ReadAllText(rulesFile))
            : ([], [new LexiconParseError(rulesFile, 0, "file not found")]);
        return (new RuleLayer(lexicon, rules), [.. errors, .. ruleErrors]);
    }

    /// <summary>Scores <paramref name="folded"/> (already folded) with the indicators found in it.</summary>
    public RuleEvidence Evaluate(string folded, Indicators indicators)
    {
        var scores = new double[CategoryCount];
        var terms = Lexicon.Match(folded);
        foreach (var term in terms)
        {
            if (term.Target is { } target)
            {
                scores[(int)target] += term.Weight;
            }
            else
            {
                foreach (var c in Categories.All)
                {
                    if (c.IsFlagged())
                    {
                        scores[(int)c] += term.Weight;
                    }
                }
            }
        }

        var signals = EvidenceSignals.FromIndicators(indicators);
        for (var i = 0; i < CategoryCount; i++)
        {
            if (scores[i] >= EvidenceSignals.LexiconThreshold)
            {
                signals.Add("lex:" + ((Category)i).ToWire());
            }
        }

        // For each category, only the strongest firing rule counts.
        var best = new CombinationRule?[CategoryCount];
        foreach (var rule in _rules)
        {
            if (rule.Fires(signals))
            {
                var i = (int)rule.Target;
                if (best[i] is null || Math.Abs(rule.Weight) > Math.Abs(best[i]!.Weight))
                {
                    best[i] = rule;
                }
            }
        }

        var fired = new List<CombinationRule>();
        foreach (var rule in best)
        {
            if (rule is not null)
            {
                scores[(int)rule.Target] += rule.Weight;
                fired.Add(rule);
            }
        }

        return new RuleEvidence(scores, terms, fired, signals);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"Resource {name} is missing from Vigil.Analysis.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
