namespace Vigil.Reports.Trends;

/// <summary>Count of posts in one week for one series (a category, language or platform).</summary>
public sealed record WeeklyCount(DateOnly Week, string Series, long Count);

/// <summary>Advertised prices on one route in one week: median and range, in one currency.</summary>
public sealed record RoutePrice(DateOnly Week, string Route, string Currency, decimal Median, decimal Min, decimal Max, int Adverts);

/// <summary>A route (origin country → destination country) with its number of adverts and the week it first appeared.</summary>
public sealed record RouteCount(string Route, long Adverts, DateOnly FirstWeek);

/// <summary>Everything on the trends page. Aggregates only: no post text, no identifiers.</summary>
public sealed record TrendsView(
    IReadOnlyList<DateOnly> Weeks,
    IReadOnlyList<WeeklyCount> ByCategory,
    IReadOnlyList<WeeklyCount> ByLanguage,
    IReadOnlyList<WeeklyCount> ByPlatform,
    IReadOnlyList<RoutePrice> Prices,
    IReadOnlyList<RouteCount> TopRoutes,
    IReadOnlyList<RouteCount> NewRoutes,
    IReadOnlyList<RouteCount> TopDestinations);
