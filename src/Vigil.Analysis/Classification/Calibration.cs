namespace Vigil.Analysis.Classification;

/// <summary>One row of a reliability table: predictions whose confidence fell in [Low, High).</summary>
public sealed record ReliabilityBin(double Low, double High, int Count, double MeanConfidence, double Accuracy);

/// <summary>How well confidences match accuracy: the bins and the expected calibration error (ECE).</summary>
public sealed record ReliabilityTable(IReadOnlyList<ReliabilityBin> Bins, double ExpectedCalibrationError)
{
    /// <summary>Bins predictions by confidence into <paramref name="bins"/> equal-width bins.</summary>
    public static ReliabilityTable Compute(IReadOnlyList<(double Confidence, bool Correct)> predictions, int bins = 10)
    {
        var rows = new List<ReliabilityBin>();
        var ece = 0.0;
        for (var b = 0; b < bins; b++)
        {
            var lo = (double)b / bins;
            var hi = (double)(b + 1) / bins;
            var inBin = predictions.Where(p => p.Confidence >= lo && (p.Confidence < hi || (b == bins - 1 && p.Confidence <= hi))).ToArray();
            if (inBin.Length == 0)
            {
                rows.Add(new ReliabilityBin(lo, hi, 0, 0, 0));
                continue;
            }

            var conf = inBin.Average(p => p.Confidence);
            var acc = inBin.Count(p => p.Correct) / (double)inBin.Length;
            rows.Add(new ReliabilityBin(lo, hi, inBin.Length, conf, acc));
            ece += inBin.Length / (double)predictions.Count * Math.Abs(acc - conf);
        }

        return new ReliabilityTable(rows, ece);
    }
}

/// <summary>
/// Fits the two calibration parameters of <see cref="CategoryModel"/> on held-out (dev) posts by minimising
/// the negative log-likelihood: the rule weight w and the temperature T in softmax((z_model + w·z_rules)/T).
/// Temperature scaling preserves the order of the scores, so calibration never changes which of two posts
/// is more confident — only how confident.
/// </summary>
public static class Calibrator
{
    /// <summary>
    /// The smallest weight the rules layer may get: transparent evidence always keeps a voice, so that the
    /// model cannot silence a lexicon hit on text unlike its training data.
    /// </summary>
    public const double MinimumRuleWeight = 0.25;

    private static readonly double[] RuleWeights = [MinimumRuleWeight, 0.35, 0.5, 0.65, 0.8, 1.0, 1.25, 1.5, 2.0];

    /// <summary>Returns (w, T) minimising NLL over <paramref name="dev"/> (model logits, rule logits, gold class index).</summary>
    public static (double RuleWeight, double Temperature, double NegLogLikelihood) Fit(IReadOnlyList<(double[] Model, double[] Rules, int Gold)> dev)
    {
        if (dev.Count == 0)
        {
            return (MinimumRuleWeight, 1.0, double.NaN);
        }

        var best = (W: MinimumRuleWeight, T: 1.0, Nll: double.PositiveInfinity);
        foreach (var w in RuleWeights)
        {
            // Golden-section search over log T for this w (NLL is unimodal in T for fixed logits).
            double lo = Math.Log(0.05), hi = Math.Log(20);
            const double phi = 0.6180339887498949;
            for (var i = 0; i < 60; i++)
            {
                var a = hi - (phi * (hi - lo));
                var b = lo + (phi * (hi - lo));
                if (Nll(dev, w, Math.Exp(a)) < Nll(dev, w, Math.Exp(b)))
                {
                    hi = b;
                }
                else
                {
                    lo = a;
                }
            }

            var t = Math.Exp((lo + hi) / 2);
            var nll = Nll(dev, w, t);
            if (nll < best.Nll)
            {
                best = (w, t, nll);
            }
        }

        return best;
    }

    /// <summary>Mean negative log-likelihood of the gold classes under softmax((model + w·rules)/t).</summary>
    public static double Nll(IReadOnlyList<(double[] Model, double[] Rules, int Gold)> dev, double w, double t)
    {
        var sum = 0.0;
        foreach (var (model, rules, gold) in dev)
        {
            var p = CategoryModel.Softmax(model, rules, w, t);
            sum -= Math.Log(Math.Max(p[gold], 1e-12));
        }

        return sum / dev.Count;
    }
}
