using Vigil.Core.Analysis;
using Vigil.Storage.Search;

namespace Vigil.Web.Data;

/// <summary>
/// A search as the page and the export take it: full-text words, the store's filters, and the indicator
/// filters (has a phone, price range, route) that apply to the hits the full-text search returns.
/// </summary>
public sealed record SearchRequest(string Query, SearchFilters Filters)
{
    public bool HasPhone { get; init; }
    public decimal? PriceMin { get; init; }
    public decimal? PriceMax { get; init; }

    /// <summary>Origin→destination countries, e.g. <c>TR→GR</c> (<c>TR->GR</c> accepted).</summary>
    public string? Route { get; init; }

    /// <summary>A request from form or query-string values; blank values mean "any". Dates are whole UTC days, both inclusive.</summary>
    public static SearchRequest Create(
        string query, Category? category, string? lang, string? platform, string? source, DateOnly? from, DateOnly? until,
        bool hasPhone, decimal? priceMin, decimal? priceMax, string? route) =>
        new(query, new SearchFilters
        {
            Platform = Blank(platform),
            Source = Blank(source),
            Lang = Blank(lang),
            Category = category,
            From = from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Until = until?.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc),
        })
        {
            HasPhone = hasPhone,
            PriceMin = priceMin,
            PriceMax = priceMax,
            Route = Blank(route)?.Replace("->", "→", StringComparison.Ordinal),
        };

    /// <summary>True when a filter applies to indicators, which the full-text search cannot apply itself.</summary>
    public bool HasIndicatorFilters => HasPhone || PriceMin is not null || PriceMax is not null || Route is not null;

    /// <summary>True when the hit passes the indicator filters.</summary>
    public bool Matches(SearchHit hit)
    {
        var indicators = hit.Post.Analysis?.Indicators ?? Indicators.Empty;
        if (HasPhone && indicators.Phones.Count == 0)
        {
            return false;
        }

        if ((PriceMin is not null || PriceMax is not null)
            && !indicators.Prices.Any(p => (PriceMin is null || p.Amount >= PriceMin) && (PriceMax is null || p.Amount <= PriceMax)))
        {
            return false;
        }

        return Route is null || string.Equals(TrendsCalculator.RouteOf(indicators), Route, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
