using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification;

/// <summary>
/// What the transparent layer found in one post: a score per category (indexed by <c>(int)Category</c>),
/// the lexicon rows matched, the combination rules that fired and the signals present.
/// Holds lexicon rows and signal names only — no text of the post, so no personal data.
/// </summary>
public sealed record RuleEvidence(
    IReadOnlyList<double> Scores,
    IReadOnlyList<LexiconEntry> Terms,
    IReadOnlyList<CombinationRule> Combinations,
    IReadOnlySet<string> Signals)
{
    /// <summary>
    /// Logits of the rules layer on its own: each category's score, plus a constant prior for
    /// <c>unrelated</c> so that a post with no evidence at all is unrelated.
    /// </summary>
    public double[] Logits()
    {
        var z = Scores.ToArray();
        z[(int)Category.Unrelated] += RuleLayer.UnrelatedPrior;
        return z;
    }

    /// <summary>The category the rules alone would choose.</summary>
    public Category Decide()
    {
        var z = Logits();
        var best = 0;
        for (var i = 1; i < z.Length; i++)
        {
            if (z[i] > z[best])
            {
                best = i;
            }
        }

        return (Category)best;
    }
}
