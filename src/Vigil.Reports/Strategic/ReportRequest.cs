using Vigil.Reports.Suppression;

namespace Vigil.Reports.Strategic;

/// <summary>
/// What a strategic report covers: posts created from <see cref="From"/> to <see cref="To"/> (both UTC dates,
/// inclusive), with counts below <see cref="Threshold"/> suppressed. <see cref="SyntheticData"/> marks a
/// report made from the bundled synthetic demo corpus.
/// </summary>
public sealed record ReportRequest(DateOnly From, DateOnly To, int Threshold = SmallCellSuppressor.DefaultThreshold, bool SyntheticData = false)
{
    /// <summary>The first instant of the period (UTC).</summary>
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first instant after the period (UTC).</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Why this request cannot be served, as a sentence saying what to do; null when it can.</summary>
    public string? Problem =>
        To < From ? $"The period ends ({To:yyyy-MM-dd}) before it starts ({From:yyyy-MM-dd}); give --from before --to."
        : Threshold < SmallCellSuppressor.MinimumThreshold ? $"The suppression threshold k must be at least {SmallCellSuppressor.MinimumThreshold} (got {Threshold}); counts below k are suppressed."
        : null;
}
