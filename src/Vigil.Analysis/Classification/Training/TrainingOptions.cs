namespace Vigil.Analysis.Classification.Training;

/// <summary>Settings of <see cref="CategoryTrainer"/>. Defaults are those used for the shipped model.</summary>
public sealed record TrainingOptions
{
    /// <summary>Hashed text features: 2^bits buckets.</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>L2 regularisation of the maximum-entropy trainer.</summary>
    public float L2 { get; init; } = 1e-3f;

    /// <summary>Maximum iterations of the L-BFGS solver.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>Seed for ML.NET (training is single-threaded, so a seed makes it reproducible).</summary>
    public int Seed { get; init; } = 20261123;

    /// <summary>Weights below this magnitude are dropped from the shipped model (keeps the file small).</summary>
    public float PruneBelow { get; init; } = 1e-3f;
}
