namespace Vigil.Ingest.Pipeline;

/// <summary>
/// Counts of an import: records read, posts newly stored, posts already in the store (same identity),
/// records rejected to the quarantine, and posts minimised (analysed as unrelated: counted, not stored).
/// Once a run ends, Read = Stored + Duplicates + Rejected + Minimised.
/// </summary>
public readonly record struct IngestCounts(long Read, long Stored, long Duplicates, long Rejected, long Minimised = 0)
{
    public static IngestCounts operator +(IngestCounts a, IngestCounts b) =>
        new(a.Read + b.Read, a.Stored + b.Stored, a.Duplicates + b.Duplicates, a.Rejected + b.Rejected, a.Minimised + b.Minimised);
}
