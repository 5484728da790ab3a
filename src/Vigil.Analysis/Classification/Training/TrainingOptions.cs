namespace Vigil.Analysis.Classification.Training;

/// <summary>Settings of <see cref="CategoryTrainer"/>. Defaults are those used for the shipped model.</summary>
public sealed record TrainingOptions
{
    /// <summary>Hashed text features: 2^bits buckets.</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>
    /// L2 regularisation of the maximum-entropy trainer. 1e-4 (shipped, with <see cref="MinSources"/> 3): 5-fold
    /// cross-validated macro-F1 0.822 at false-flag cost 1 against 0.816 with 1e-3 and no source support (2026-11-23);
    /// 1e-2 scored lower on dev (0.831 against 0.836 at cost 1).
    /// </summary>
    public float L2 { get; init; } = 1e-4f;

    /// <summary>L1 regularisation of the maximum-entropy trainer (0: none).</summary>
    public float L1 { get; init; }

    /// <summary>
    /// Named (language-independent) features — indicator signals, lexicon scores and concepts, fired rules — are
    /// fitted at this multiple of their value in the joint model: below 1 their effective L2 penalty is higher than
    /// the n-grams'. The exported weights are multiplied back, so scoring is unchanged. 0.25 (shipped): the model leans
    /// less on lexicon evidence, which fires more reliably on the training posts than on unseen wording families
    /// (dev macro-F1 at false-flag cost 1 / 5, 2026-11-23, merged-concept lexicons: scale 1 0.824 / 0.801, 0.5 0.836 /
    /// 0.817, 0.25 0.836 / 0.824; with the previous lexicons scale 3 gave 0.772 / 0.709 against 0.812 / 0.784 at 1;
    /// docs/benchmarks.md).
    /// </summary>
    public float NamedScale { get; init; } = 0.25f;

    /// <summary>L2 regularisation of the evidence model (stage 2: text logits and named features).</summary>
    public float EvidenceL2 { get; init; } = 1e-2f;

    /// <summary>
    /// Folds (by source) for the stacked variant: the text model's out-of-fold logits that the evidence model learns
    /// from. 0 (the default, and the shipped model) trains one joint model over all features: on the dev split
    /// the stacked variant scored lower (macro-F1 0.691 vs 0.706, false flags 4.7 % vs 2.6 %, 2026-11-23).
    /// </summary>
    public int Folds { get; init; }

    /// <summary>
    /// Folds (by source) of the train split whose out-of-fold predictions join dev when the false-flag cost is chosen
    /// (dev holds 86 humanitarian/news sources, train 449); 0 or 1 chooses it on dev only; used only without
    /// <see cref="CrossValidationFolds"/>. 2: each fold is
    /// another training on half of train, so `vigil train` takes about twice as long; on dev alone the rule picked
    /// cost 4, with the out-of-fold predictions it picks 20 (2026-11-23, docs/benchmarks.md).
    /// </summary>
    public int CostFolds { get; init; } = 2;

    /// <summary>
    /// Folds (by source) of the cross-validation over train and dev together (`vigil train --cross-validate K`): the
    /// calibration and the false-flag cost are chosen on out-of-fold predictions and the shipped model is trained on
    /// both splits, so it learns from 15 % more wording families. 0: train on train, calibrate on dev (and
    /// <see cref="CostFolds"/>). 5 (shipped): `vigil train` is six trainings.
    /// </summary>
    public int CrossValidationFolds { get; init; } = 5;

    /// <summary>
    /// A text n-gram found in the posts of fewer than this many sources is fitted at (sources / MinSources) of its value,
    /// i.e. penalised more: wording of one family generalises less than wording shared across families. 1: off; 3
    /// (shipped; on dev alone 3 gave macro-F1 0.837 against 0.836 at cost 1, within noise; see <see cref="L2"/>).
    /// </summary>
    public double MinSources { get; init; } = 3;

    /// <summary>Maximum iterations of the L-BFGS solver.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>Seed for ML.NET (training is single-threaded, so a seed makes it reproducible).</summary>
    public int Seed { get; init; } = 20261123;

    /// <summary>Weights below this magnitude are dropped from the shipped model (keeps the file small).</summary>
    public float PruneBelow { get; init; } = 1e-3f;
}
