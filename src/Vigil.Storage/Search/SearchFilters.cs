using Vigil.Core.Analysis;

namespace Vigil.Storage.Search;

/// <summary>
/// Filters applied together with a search (all that are set must hold). Times are on the post's
/// creation time; <see cref="From"/> is inclusive, <see cref="Until"/> exclusive.
/// </summary>
public sealed record SearchFilters
{
    public static SearchFilters None { get; } = new();

    public string? Platform { get; init; }
    public string? Source { get; init; }

    /// <summary>Language code decided by analysis (ISO 639-1 or 639-3).</summary>
    public string? Lang { get; init; }

    public Category? Category { get; init; }
    public double? MinConfidence { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? Until { get; init; }
}
