using Vigil.Ingest.Pipeline;

namespace Vigil.Collect;

/// <summary>
/// What one run of one watch did: counts (read, new, duplicate, rejected records), how many pages were
/// fetched, notes from the connector, and the failure sentence when the source failed (what was
/// committed before the failure stays committed).
/// </summary>
public sealed record WatchOutcome(string WatchId, IngestCounts Counts, int Pages, IReadOnlyList<string> Notes, string? Failure)
{
    /// <summary>Records that could not be stored plus the source itself when it failed: the "failed" column.</summary>
    public long Failed => Counts.Rejected + (Failure is null ? 0 : 1);

    /// <summary>One line for the watch list and logs.</summary>
    public string Summary => Failure is null
        ? $"{Counts.Stored} new, {Counts.Duplicates} duplicate, {Counts.Rejected} rejected"
        : $"{Counts.Stored} new, {Counts.Duplicates} duplicate, {Counts.Rejected} rejected; failed: {Failure}";
}
