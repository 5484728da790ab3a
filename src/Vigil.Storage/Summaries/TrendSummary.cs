namespace Vigil.Storage.Summaries;

/// <summary>Posts in one week for one series of a dimension (<c>category</c>, <c>language</c> or <c>platform</c>).</summary>
public sealed record SummaryCount(string Week, string Dimension, string Series, long Posts);

/// <summary>Posts of one category advertising one route in one week.</summary>
public sealed record RouteWeekCount(string Route, string Week, string Category, long Adverts);

/// <summary>How many times one amount was advertised on a route, in a currency, in a week, by posts of one category.</summary>
public sealed record PriceBin(string Week, string Route, string Currency, string Category, decimal Amount, long Prices);

/// <summary>How many posts of one category advertised a price in a currency on a route in a week.</summary>
public sealed record PriceAdverts(string Week, string Route, string Currency, string Category, long Adverts);

/// <summary>
/// The trend summaries a store maintains as posts are written, corrected and purged: small tables whose size
/// depends on weeks, series, routes and distinct prices, not on the number of posts. Aggregates only.
/// </summary>
public sealed record TrendSummary(
    IReadOnlyList<SummaryCount> Counts,
    IReadOnlyList<RouteWeekCount> Routes,
    IReadOnlyList<PriceBin> Prices,
    IReadOnlyList<PriceAdverts> PriceAdverts);
