using Vigil.Reports.Suppression;

namespace Vigil.Reports.Strategic;

/// <summary>A named count that may be published (at least k). <see cref="Note"/> adds context such as the first week seen.</summary>
public sealed record RankedCount(string Name, long Count, string? Note = null);

/// <summary>The published items of a ranking, largest first, and how many further items were not named because their count was small or withheld.</summary>
public sealed record RankedList(IReadOnlyList<RankedCount> Shown, int NotNamed);

/// <summary>The advertised price on one route in one week (only weeks with at least k adverts), with its change from the week before.</summary>
public sealed record PricePoint(DateOnly Week, decimal Median, decimal Min, decimal Max, int Adverts, decimal? ChangePercent);

/// <summary>Advertised prices on one route in one currency over the period, and per week.</summary>
public sealed record RoutePriceSeries(string Route, string Currency, decimal Median, decimal Min, decimal Max, int Adverts, IReadOnlyList<PricePoint> Weeks, int WeeksSuppressed);

/// <summary>The shipped classifier's measured quality, from its manifest (held-out posts: <see cref="HeldOut"/>).</summary>
public sealed record ModelQuality(string Created, string Trainer, int DevPosts, double Accuracy, double MacroF1, double FalseFlagRate)
{
    /// <summary>What the figures were measured on: the development split, or a cross-validation's out-of-fold predictions.</summary>
    public string HeldOut { get; init; } = "development split";
}

/// <summary>
/// A strategic report: aggregates only. Every count in it is either at least k or suppressed; it holds no
/// post text, no pseudonym, no phone or handle token and no URL, so nothing in it can single out a person.
/// </summary>
public sealed record StrategicReport
{
    public required ReportRequest Request { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }

    /// <summary>Mondays of the ISO weeks the period touches (the first and last may be partial).</summary>
    public required IReadOnlyList<DateOnly> Weeks { get; init; }

    /// <summary>Posts per category × week; <c>migrant_request</c> appears here only, as counts.</summary>
    public required SuppressedTable ByCategory { get; init; }
    public required SuppressedTable ByLanguage { get; init; }
    public required SuppressedTable ByPlatform { get; init; }

    /// <summary>Flagged adverts per origin country × destination country.</summary>
    public required SuppressedTable Routes { get; init; }
    public required RankedList TopRoutes { get; init; }
    public required RankedList TopDestinations { get; init; }
    public required RankedList TopDepartureCountries { get; init; }
    public required RankedList DeparturePoints { get; init; }
    public required RankedList NewRoutes { get; init; }
    public required RankedList Transport { get; init; }
    public required RankedList Guarantees { get; init; }
    public required RankedList Payment { get; init; }
    public required RankedList Documents { get; init; }
    public required IReadOnlyList<RoutePriceSeries> Prices { get; init; }

    /// <summary>Route and currency pairs with prices from fewer than k adverts over the period.</summary>
    public required int PriceSeriesSuppressed { get; init; }

    /// <summary>Whether the store holds any post from before the period (otherwise every route is "new").</summary>
    public required bool HistoryBefore { get; init; }

    public ModelQuality? Model { get; init; }
}
