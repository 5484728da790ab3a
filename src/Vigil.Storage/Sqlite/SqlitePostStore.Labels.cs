using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Labels;

namespace Vigil.Storage.Sqlite;

/// <summary>Analysts' corrections in the SQLite store (<see cref="ILabelStore"/>, through <see cref="SqliteLabels"/>).</summary>
public sealed partial class SqlitePostStore
{
    /// <inheritdoc />
    public Task<LabelCorrection?> AddLabelAsync(string post, Category category, string by, string? reason, TimeProvider clock, CancellationToken cancellationToken) =>
        SqliteLabels.AddAsync(this, post, category, by, reason, clock, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<LabelCorrection>> LabelHistoryAsync(PostKey key, CancellationToken cancellationToken) =>
        SqliteLabels.HistoryAsync(this, key, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<LabelledPost>> LatestLabelsAsync(CancellationToken cancellationToken) =>
        SqliteLabels.LatestAsync(this, cancellationToken);
}
