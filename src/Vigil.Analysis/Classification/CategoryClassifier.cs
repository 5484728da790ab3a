using System.Globalization;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification;

/// <summary>
/// Decides a post's category from two layers that agree on one answer: the transparent rules layer
/// (lexicon terms and combination rules, <see cref="RuleLayer"/>) and the statistical model
/// (<see cref="CategoryModel"/>), combined as softmax((z_model + w·z_rules) / T) with w and T fitted on the
/// dev split so that the confidence is calibrated. Without a model the rules decide alone.
/// Pure and thread-safe.
/// </summary>
/// <remarks>The explanation names lexicon terms, signal kinds and scores — never a phone number, handle
/// or name from the post — so it can be stored and shown in strategic mode.</remarks>
public sealed class CategoryClassifier : ICategoryClassifier
{
    private const int MaxTermsShown = 4;

    public CategoryClassifier(RuleLayer rules, CategoryModel? model)
    {
        Rules = rules;
        Model = model;
    }

    public RuleLayer Rules { get; }

    public CategoryModel? Model { get; }

    /// <summary>The classifier with the lexicons, rules and model shipped inside Vigil.Analysis.</summary>
    public static CategoryClassifier LoadEmbedded() => new(RuleLayer.LoadEmbedded(), CategoryModel.LoadEmbedded());

    public Vigil.Core.Analysis.Classification Classify(string text, LanguageGuess language, Indicators indicators)
    {
        var folded = MatchText.Prepare(text);
        var evidence = Rules.Evaluate(folded, indicators);
        var ruleLogits = evidence.Logits();
        double[] probabilities;
        double[]? modelOnly = null;
        if (Model is null)
        {
            probabilities = CategoryModel.Softmax(ruleLogits, null, 0, 1);
        }
        else
        {
            var modelLogits = Model.Logits(folded, evidence);
            probabilities = Model.Combine(modelLogits, ruleLogits);
            modelOnly = CategoryModel.Softmax(modelLogits, null, 0, Model.Temperature);
        }

        var category = Model is null ? (Category)ArgMax(probabilities) : CategoryModel.Decide(probabilities, Model.FalseFlagCost);
        var best = (int)category;
        var scores = new Dictionary<Category, double>(probabilities.Length);
        for (var i = 0; i < probabilities.Length; i++)
        {
            scores[(Category)i] = Math.Round(probabilities[i], 4);
        }

        return new Vigil.Core.Analysis.Classification(category, Math.Round(probabilities[best], 4), scores, Explain(category, evidence, modelOnly));
    }

    private static List<string> Explain(Category decided, RuleEvidence evidence, double[]? modelOnly)
    {
        var lines = new List<string>();
        var supporting = evidence.Terms
            .Where(t => t.Weight > 0 && (t.Target == decided || (t.Target is null && decided.IsFlagged())))
            .OrderByDescending(t => t.Weight)
            .DistinctBy(t => t.Term, StringComparer.Ordinal) // the same word may sit in two language files
            .Take(MaxTermsShown);
        foreach (var t in supporting)
        {
            lines.Add($"matched '{t.Display}' ({Gloss(t)}, {t.Lang})");
        }

        foreach (var rule in evidence.Combinations.Where(r => r.Target == decided && r.Weight > 0))
        {
            lines.Add($"{rule.Label} → {decided.ToWire()}");
        }

        // Evidence that pulled the other way is shown too, so an analyst can challenge the decision.
        var against = evidence.Terms
            .Where(t => t.Weight > 0 && t.Target is { } target && target != decided
                        && (target == Category.HumanitarianOrNews || decided == Category.HumanitarianOrNews))
            .OrderByDescending(t => t.Weight)
            .DistinctBy(t => t.Term, StringComparer.Ordinal)
            .Take(2);
        foreach (var t in against)
        {
            lines.Add($"against: '{t.Display}' ({Gloss(t)}, {t.Lang}) suggests {t.Target!.Value.ToWire()}");
        }

        if (modelOnly is not null)
        {
            var m = ArgMax(modelOnly);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"model: {modelOnly[m]:0.00} {((Category)m).ToWire()}"));
        }

        var ruleChoice = evidence.Decide();
        lines.Add(evidence.Terms.Count == 0 && evidence.Combinations.Count == 0
            ? "rules: no lexicon term or combination matched"
            : $"rules: {ruleChoice.ToWire()}");
        return lines;
    }

    private static string Gloss(LexiconEntry t) => string.IsNullOrEmpty(t.Note) ? (t.Target?.ToWire() ?? "flagged") : t.Note;

    private static int ArgMax(double[] v)
    {
        var best = 0;
        for (var i = 1; i < v.Length; i++)
        {
            if (v[i] > v[best])
            {
                best = i;
            }
        }

        return best;
    }
}
