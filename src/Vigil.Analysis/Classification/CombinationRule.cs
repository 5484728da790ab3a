using System.Globalization;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification;

/// <summary>
/// A rule that fires when several signals occur together, e.g. <c>price+route+contact</c> → smuggling_offer.
/// Signals are indicator kinds (<see cref="EvidenceSignals"/>) or <c>lex:category</c> (the lexicon found
/// evidence for that category); a leading <c>!</c> requires the signal to be absent. For each category only
/// the strongest firing rule counts, so a triple outweighs the pairs it contains without double counting.
/// </summary>
public sealed record CombinationRule(IReadOnlyList<string> Required, IReadOnlyList<string> Absent, Category Target, double Weight, string Note)
{
    /// <summary>The rule's signals as written, e.g. "price + route + contact".</summary>
    public string Label => string.Join(" + ", Required.Concat(Absent.Select(a => "no " + a)));

    /// <summary>True when every required signal is present and every absent one is missing.</summary>
    public bool Fires(IReadOnlySet<string> signals) => Required.All(signals.Contains) && !Absent.Any(signals.Contains);

    /// <summary>Parses a rules file (<c>signals&lt;TAB&gt;category&lt;TAB&gt;weight&lt;TAB&gt;note</c>); bad lines come back as errors.</summary>
    public static (IReadOnlyList<CombinationRule> Rules, IReadOnlyList<LexiconParseError> Errors) Parse(string fileName, string content)
    {
        var rules = new List<CombinationRule>();
        var errors = new List<LexiconParseError>();
        var lineNo = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#') || line.StartsWith("signals\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 3)
            {
                errors.Add(new(fileName, lineNo, $"expected 'signals<TAB>category<TAB>weight<TAB>note', found {cols.Length} column(s)"));
                continue;
            }

            if (!Categories.TryParse(cols[1].Trim(), out var category))
            {
                errors.Add(new(fileName, lineNo, $"unknown category '{cols[1].Trim()}'"));
                continue;
            }

            if (!double.TryParse(cols[2].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || double.IsNaN(weight) || Math.Abs(weight) > 10)
            {
                errors.Add(new(fileName, lineNo, $"weight '{cols[2].Trim()}' is not a number between -10 and 10"));
                continue;
            }

            var parts = cols[0].Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var unknown = parts.Select(p => p.TrimStart('!')).Where(p => !EvidenceSignals.IsKnown(p)).ToArray();
            if (parts.Length == 0 || unknown.Length > 0)
            {
                errors.Add(new(fileName, lineNo, $"unknown signal(s) '{string.Join("', '", unknown)}'; known: {string.Join(", ", EvidenceSignals.Known)}"));
                continue;
            }

            rules.Add(new CombinationRule(
                [.. parts.Where(p => !p.StartsWith('!'))],
                [.. parts.Where(p => p.StartsWith('!')).Select(p => p[1..])],
                category,
                weight,
                cols.Length > 3 ? cols[3].Trim() : string.Empty));
        }

        return (rules, errors);
    }
}
