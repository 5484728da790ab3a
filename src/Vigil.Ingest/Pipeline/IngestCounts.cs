namespace Vigil.Ingest.Pipeline;

/// <summary>
/// Counts of an import: records read, posts newly stored, posts already in the store (same identity),
/// and records rejected to the quarantine. Once a run ends, Read = Stored + Duplicates + Rejected.
/// </summary>
public readonly record struct IngestCounts(long Read, long Stored, long Duplicates, long Rejected)
{
    public static IngestCounts operator +(IngestCounts a, IngestCounts b) =>
        new(a.Read + b.Read, a.Stored + b.Stored, a.Duplicates + b.Duplicates, a.Rejected + b.Rejected);
}
