using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Summaries;

namespace Vigil.Reports.Trends;

/// <summary>Weekly aggregates over stored posts (ISO weeks starting on Monday, UTC).</summary>
public static class TrendsCalculator
{
    /// <summary>When a post counts: its creation time, or its collection time when the platform gave none.</summary>
    public static DateTimeOffset TimeOf(StoredPost post) => PostFacts.TimeOf(post);

    /// <summary>The Monday (UTC) of the week of <paramref name="at"/>.</summary>
    public static DateOnly WeekOf(DateTimeOffset at) => PostFacts.WeekOf(at);

    /// <summary>Origin country → destination country of an advert, or null when either is unknown.</summary>
    public static string? RouteOf(Indicators indicators) => PostFacts.RouteOf(indicators);

    public static TrendsView Calculate(IReadOnlyCollection<StoredPost> posts)
    {
        var dated = posts.Select(p => (post: p, week: WeekOf(TimeOf(p)))).ToList();
        var weeks = dated.Select(d => d.week).Distinct().Order().ToList();
        var flagged = dated.Where(d => d.post.Analysis?.Category.IsFlagged() == true).ToList();

        var routed = flagged
            .Select(d => (d.week, d.post, route: d.post.Analysis is { } a ? RouteOf(a.Indicators) : null))
            .Where(r => r.route is not null)
            .ToList();
        var prices = RoutePrices(flagged.Select(d => d.post), post => WeekOf(TimeOf(post)));
        var routes = routed.GroupBy(r => r.route!)
            .Select(g => new RouteCount(g.Key, g.Count(), g.Min(x => x.week)))
            .OrderByDescending(r => r.Adverts).ThenBy(r => r.Route, StringComparer.Ordinal)
            .ToList();
        var latest = weeks.Count > 0 ? weeks[^1] : default;
        var destinations = routed.GroupBy(r => r.route!.Split('→')[1])
            .Select(g => new RouteCount(g.Key, g.Count(), g.Min(x => x.week)))
            .OrderByDescending(r => r.Adverts).ThenBy(r => r.Route, StringComparer.Ordinal)
            .ToList();

        return new TrendsView(
            weeks,
            Weekly(dated, p => p.Analysis?.Category.ToWire() ?? "unanalysed"),
            Weekly(dated, p => p.Analysis?.Language.Code ?? p.LangHint ?? "und"),
            Weekly(dated, p => p.Key.Platform),
            prices,
            routes.Take(10).ToList(),
            routes.Where(r => r.FirstWeek == latest).ToList(),
            destinations.Take(10).ToList());
    }

    /// <summary>
    /// Median and range of advertised prices per route and currency, in the bucket (a week, a period) that
    /// <paramref name="bucket"/> assigns to each post. Only posts with a route (<see cref="RouteOf"/>) count;
    /// <see cref="RoutePrice.Adverts"/> is the number of prices (a post may advertise two).
    /// </summary>
    public static List<RoutePrice> RoutePrices(IEnumerable<StoredPost> posts, Func<StoredPost, DateOnly> bucket) =>
        posts
            .Select(p => (post: p, route: p.Analysis is { } a ? RouteOf(a.Indicators) : null))
            .Where(r => r.route is not null)
            .SelectMany(r => r.post.Analysis!.Indicators.Prices.Select(p => (r.post, week: bucket(r.post), route: r.route!, p.Currency, p.Amount)))
            .GroupBy(x => (x.week, x.route, x.Currency))
            .Select(g =>
            {
                var amounts = g.Select(x => x.Amount).Order().ToList();
                return new RoutePrice(g.Key.week, g.Key.route, g.Key.Currency, Median(amounts), amounts[0], amounts[^1], g.Select(x => x.post.Key).Distinct().Count());
            })
            .OrderBy(p => p.Route).ThenBy(p => p.Currency).ThenBy(p => p.Week)
            .ToList();

    private static List<WeeklyCount> Weekly(IEnumerable<(StoredPost post, DateOnly week)> dated, Func<StoredPost, string> series) =>
        dated.GroupBy(d => (d.week, series: series(d.post)))
            .Select(g => new WeeklyCount(g.Key.week, g.Key.series, g.LongCount()))
            .OrderBy(c => c.Week).ThenBy(c => c.Series, StringComparer.Ordinal)
            .ToList();

    private static decimal Median(List<decimal> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
