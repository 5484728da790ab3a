namespace Vigil.Ingest.Pipeline;

/// <summary>How an <see cref="IngestRunner"/> batches its writes.</summary>
public sealed record IngestOptions
{
    public static IngestOptions Default { get; } = new();

    /// <summary>Posts per write; one batch is one store transaction, so a kill loses at most the batch in flight.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Batches ready for writing that may wait while the store is busy (bounds memory).</summary>
    public int QueuedBatches { get; init; } = 2;

    /// <summary>Threads that analyse and protect the posts of one batch; analysis and protection are pure.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
