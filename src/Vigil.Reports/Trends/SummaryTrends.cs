using Vigil.Storage.Summaries;

namespace Vigil.Reports.Trends;

/// <summary>
/// The trends page from the store's summaries (<see cref="TrendSummary"/>) instead of the posts: the same
/// <see cref="TrendsView"/> as <see cref="TrendsCalculator.Calculate"/> gives for the stored posts, at a cost
/// that depends on weeks, series, routes and distinct prices, not on the number of posts.
/// </summary>
public static class SummaryTrends
{
    public static TrendsView From(TrendSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var weeks = summary.Counts.Select(c => c.Week).Distinct(StringComparer.Ordinal).Select(PostFacts.ParseWeek).Order().ToList();
        var latest = weeks.Count > 0 ? weeks[^1] : default;
        var routed = summary.Routes.Where(r => PostFacts.IsFlagged(r.Category)).ToList();
        var routes = Rank(routed.GroupBy(r => r.Route, StringComparer.Ordinal));
        var destinations = Rank(routed.GroupBy(r => r.Route.Split('→')[1], StringComparer.Ordinal));
        return new TrendsView(
            weeks,
            Weekly(summary.Counts, "category"),
            Weekly(summary.Counts, "language"),
            Weekly(summary.Counts, "platform"),
            Prices(summary),
            routes.Take(10).ToList(),
            routes.Where(r => r.FirstWeek == latest).ToList(),
            destinations.Take(10).ToList());
    }

    private static List<RouteCount> Rank(IEnumerable<IGrouping<string, RouteWeekCount>> groups) =>
        groups.Select(g => new RouteCount(g.Key, g.Sum(r => r.Adverts), g.Min(r => PostFacts.ParseWeek(r.Week))))
            .OrderByDescending(r => r.Adverts).ThenBy(r => r.Route, StringComparer.Ordinal)
            .ToList();

    private static List<WeeklyCount> Weekly(IEnumerable<SummaryCount> counts, string dimension) =>
        counts.Where(c => c.Dimension == dimension)
            .GroupBy(c => (c.Week, c.Series))
            .Select(g => new WeeklyCount(PostFacts.ParseWeek(g.Key.Week), g.Key.Series, g.Sum(c => c.Posts)))
            .OrderBy(c => c.Week).ThenBy(c => c.Series, StringComparer.Ordinal)
            .ToList();

    private static List<RoutePrice> Prices(TrendSummary summary)
    {
        var adverts = summary.PriceAdverts.Where(a => PostFacts.IsFlagged(a.Category))
            .GroupBy(a => (a.Week, a.Route, a.Currency))
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Adverts));
        return summary.Prices.Where(p => PostFacts.IsFlagged(p.Category))
            .GroupBy(p => (p.Week, p.Route, p.Currency))
            .Select(g =>
            {
                var bins = g.GroupBy(p => p.Amount).Select(b => (Amount: b.Key, Count: b.Sum(p => p.Prices))).OrderBy(b => b.Amount).ToList();
                return new RoutePrice(PostFacts.ParseWeek(g.Key.Week), g.Key.Route, g.Key.Currency, Median(bins), bins[0].Amount, bins[^1].Amount,
                    (int)adverts.GetValueOrDefault(g.Key));
            })
            .OrderBy(p => p.Route).ThenBy(p => p.Currency).ThenBy(p => p.Week)
            .ToList();
    }

    /// <summary>The median of the multiset given as distinct amounts (ascending) with their counts: the middle one, or the mean of the two middle ones.</summary>
    private static decimal Median(List<(decimal Amount, long Count)> bins)
    {
        var total = bins.Sum(b => b.Count);
        var upper = At(bins, total / 2);
        return total % 2 == 1 ? upper : (At(bins, (total / 2) - 1) + upper) / 2;
    }

    private static decimal At(List<(decimal Amount, long Count)> bins, long index)
    {
        foreach (var (amount, count) in bins)
        {
            if (index < count)
            {
                return amount;
            }

            index -= count;
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }
}
