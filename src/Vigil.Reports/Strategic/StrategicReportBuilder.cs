using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Reports.Suppression;
using Vigil.Reports.Trends;
using Vigil.Storage;

namespace Vigil.Reports.Strategic;

/// <summary>
/// Builds a <see cref="StrategicReport"/> from a scan of the store. Only counts, medians and ranges leave
/// this class, each behind small-cell suppression; routes, prices, places and modes come from flagged
/// posts only (smuggling and guidance), never from <c>migrant_request</c>, which is counted and nothing else.
/// </summary>
public sealed class StrategicReportBuilder(TimeProvider clock)
{
    private const int TopN = 15;

    /// <summary>Reads <paramref name="posts"/> (the store, oldest first or in any order) and aggregates the period of <paramref name="request"/>.</summary>
    /// <param name="posts">Stored posts; those before the period only tell which routes are new.</param>
    /// <param name="minimised">Posts counted but not stored (minimisation of unrelated posts): they count in the weekly volumes.</param>
    /// <param name="request">Period and threshold.</param>
    /// <param name="createdBy">Who asks for the report (printed on it and written to the access log by the caller).</param>
    /// <param name="model">The classifier's measured quality, for the methodology section.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    public async Task<StrategicReport> BuildAsync(
        IAsyncEnumerable<StoredPost> posts, IReadOnlyList<MinimisedCount> minimised, ReportRequest request, string createdBy, ModelQuality? model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(minimised);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(request));
        }

        var routesBefore = new HashSet<string>(StringComparer.Ordinal);
        var historyBefore = false;
        var period = new List<StoredPost>();
        await foreach (var post in posts.WithCancellation(cancellationToken))
        {
            var at = TrendsCalculator.TimeOf(post);
            if (at < request.Start)
            {
                historyBefore = true;
                if (IsFlagged(post) && TrendsCalculator.RouteOf(post.Analysis!.Indicators) is { } route)
                {
                    routesBefore.Add(route);
                }
            }
            else if (at < request.End)
            {
                period.Add(post);
            }
        }

        return Build(period, MinimisedIn(minimised, request), routesBefore, historyBefore, request, createdBy, model);
    }

    private StrategicReport Build(List<StoredPost> period, List<(DateOnly Week, MinimisedCount Count)> minimised, HashSet<string> routesBefore, bool historyBefore, ReportRequest request, string createdBy, ModelQuality? model)
    {
        var k = request.Threshold;
        var weeks = WeeksOf(request);
        var weekLabels = weeks.Select(Label).ToList();
        var trends = TrendsCalculator.Calculate(period);
        var volumes = SmallCellSuppressor.SuppressSharingColumnTotals(
            [
                Weekly(Plus(trends.ByCategory, minimised, m => m.Category), weekLabels, CategoryOrder),
                Weekly(Plus(trends.ByLanguage, minimised, m => m.Lang), weekLabels, null),
                Weekly(Plus(trends.ByPlatform, minimised, m => m.Platform), weekLabels, null),
            ],
            k);

        var flagged = period.Where(IsFlagged).ToList();
        var routed = flagged.Select(p => (post: p, route: TrendsCalculator.RouteOf(p.Analysis!.Indicators))).Where(r => r.route is not null).ToList();
        var routes = SmallCellSuppressor.Suppress(RouteTable(routed.Select(r => r.route!)), k, zerosPublished: true);
        var firstWeek = routed.GroupBy(r => r.route!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(r => TrendsCalculator.WeekOf(TrendsCalculator.TimeOf(r.post))), StringComparer.Ordinal);

        return new StrategicReport
        {
            Request = request,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = createdBy,
            Weeks = weeks,
            ByCategory = volumes[0],
            ByLanguage = volumes[1],
            ByPlatform = volumes[2],
            Routes = routes,
            TopRoutes = RouteCells(routes, _ => true, _ => null),
            TopDestinations = Margin(routes, byRow: false),
            TopDepartureCountries = Margin(routes, byRow: true),
            DeparturePoints = Ranked(flagged, p => p.Analysis!.Indicators.Places.Where(pl => pl.Role == "origin").Select(pl => pl.Country is null ? pl.Name : $"{pl.Name} ({pl.Country})"), k),
            NewRoutes = RouteCells(routes, route => !routesBefore.Contains(route), route => $"first seen in the week of {Label(firstWeek[route])}"),
            Transport = Ranked(flagged, p => p.Analysis!.Indicators.Transport, k),
            Guarantees = Ranked(flagged, p => p.Analysis!.Indicators.Guarantees, k),
            Payment = Ranked(flagged, p => p.Analysis!.Indicators.Payment, k),
            Documents = Ranked(flagged, p => p.Analysis!.Indicators.Documents, k),
            Prices = Prices(flagged, request, k, out var pricesSuppressed),
            PriceSeriesSuppressed = pricesSuppressed,
            HistoryBefore = historyBefore,
            Model = model,
        };
    }

    private static List<(DateOnly Week, MinimisedCount Count)> MinimisedIn(IReadOnlyList<MinimisedCount> minimised, ReportRequest request) =>
        minimised
            .Select(m => (Day: DateOnly.ParseExact(m.Day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Count: m))
            .Where(m => m.Day >= request.From && m.Day <= request.To)
            .Select(m => (TrendsCalculator.WeekOf(new DateTimeOffset(m.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), m.Count))
            .ToList();

    /// <summary>Stored posts' weekly counts plus the minimised posts' counts of the same dimension.</summary>
    private static List<WeeklyCount> Plus(IReadOnlyList<WeeklyCount> stored, List<(DateOnly Week, MinimisedCount Count)> minimised, Func<MinimisedCount, string> series) =>
        stored.Concat(minimised.Select(m => new WeeklyCount(m.Week, series(m.Count), m.Count.Posts)))
            .GroupBy(c => (c.Week, c.Series))
            .Select(g => new WeeklyCount(g.Key.Week, g.Key.Series, g.Sum(c => c.Count)))
            .ToList();

    private static bool IsFlagged(StoredPost post) => post.Analysis?.Category.IsFlagged() == true;

    private static string Label(DateOnly week) => week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static List<DateOnly> WeeksOf(ReportRequest request)
    {
        var weeks = new List<DateOnly>();
        for (var week = TrendsCalculator.WeekOf(request.Start); week <= request.To; week = week.AddDays(7))
        {
            weeks.Add(week);
        }

        return weeks;
    }

    /// <summary>Category rows in the order of the taxonomy, so reports read the same week after week.</summary>
    private static readonly IReadOnlyList<string> CategoryOrder =
        [.. new[] { Category.SmugglingOffer, Category.DocumentFraud, Category.FacilitatorRecruitment, Category.GuidanceInfo, Category.MigrantRequest, Category.HumanitarianOrNews, Category.Unrelated }.Select(c => c.ToWire()), "unanalysed"];

    private static CountTable Weekly(IReadOnlyList<WeeklyCount> counts, List<string> weeks, IReadOnlyList<string>? order)
    {
        var totals = counts.GroupBy(c => c.Series, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.Ordinal);
        var rows = order is null
            ? totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key).ToList()
            : order.Where(totals.ContainsKey).Concat(totals.Keys.Where(s => !order.Contains(s)).Order(StringComparer.Ordinal)).ToList();
        return CountTable.From(rows, weeks, counts.Select(c => (c.Series, Label(c.Week), c.Count)));
    }

    private static CountTable RouteTable(IEnumerable<string> routes)
    {
        var pairs = routes.Select(r => r.Split('→')).Select(p => (Origin: p[0], Destination: p[1])).ToList();
        var origins = pairs.Select(p => p.Origin).Distinct().Order(StringComparer.Ordinal).ToList();
        var destinations = pairs.Select(p => p.Destination).Distinct().Order(StringComparer.Ordinal).ToList();
        return CountTable.From(origins, destinations, pairs.Select(p => (p.Origin, p.Destination, 1L)));
    }

    private static RankedList RouteCells(SuppressedTable routes, Func<string, bool> include, Func<string, string?> note)
    {
        var shown = new List<RankedCount>();
        var notNamed = 0;
        for (var r = 0; r < routes.Rows; r++)
        {
            for (var c = 0; c < routes.Columns; c++)
            {
                var route = $"{routes.RowLabels[r]}→{routes.ColumnLabels[c]}";
                if (routes.Counts[r, c] == 0 || !include(route))
                {
                    continue;
                }

                if (routes.Published(r, c) is { } count)
                {
                    shown.Add(new RankedCount(route, count, note(route)));
                }
                else
                {
                    notNamed++;
                }
            }
        }

        return Top(shown, notNamed);
    }

    private static RankedList Margin(SuppressedTable routes, bool byRow)
    {
        var shown = new List<RankedCount>();
        var notNamed = 0;
        var n = byRow ? routes.Rows : routes.Columns;
        for (var i = 0; i < n; i++)
        {
            var published = byRow ? routes.RowTotal(i) : routes.ColumnTotal(i);
            if (published is { } count)
            {
                shown.Add(new RankedCount(byRow ? routes.RowLabels[i] : routes.ColumnLabels[i], count));
            }
            else
            {
                notNamed++;
            }
        }

        return Top(shown, notNamed);
    }

    /// <summary>Counts posts per value (a post counts once per value); values from fewer than k posts are not named.</summary>
    private static RankedList Ranked(IEnumerable<StoredPost> posts, Func<StoredPost, IEnumerable<string>> values, int k)
    {
        var counts = posts.SelectMany(p => values(p).Distinct(StringComparer.Ordinal))
            .GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new RankedCount(g.Key, g.LongCount()))
            .ToList();
        return Top(counts.Where(c => c.Count >= k).ToList(), counts.Count(c => c.Count < k));
    }

    private static RankedList Top(List<RankedCount> shown, int notNamed)
    {
        var ordered = shown.OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new RankedList(ordered.Take(TopN).ToList(), notNamed + Math.Max(0, ordered.Count - TopN));
    }

    private static List<RoutePriceSeries> Prices(List<StoredPost> flagged, ReportRequest request, int k, out int suppressed)
    {
        var overall = TrendsCalculator.RoutePrices(flagged, _ => request.From);
        var weekly = TrendsCalculator.RoutePrices(flagged, p => TrendsCalculator.WeekOf(TrendsCalculator.TimeOf(p)))
            .ToLookup(p => (p.Route, p.Currency));
        suppressed = overall.Count(p => p.Adverts < k);
        return overall.Where(p => p.Adverts >= k)
            .OrderByDescending(p => p.Adverts).ThenBy(p => p.Route, StringComparer.Ordinal).ThenBy(p => p.Currency, StringComparer.Ordinal)
            .Select(p =>
            {
                var weeks = weekly[(p.Route, p.Currency)].ToList();
                var published = weeks.Where(w => w.Adverts >= k).ToDictionary(w => w.Week);
                var points = published.Values.OrderBy(w => w.Week)
                    .Select(w => new PricePoint(w.Week, w.Median, w.Min, w.Max, w.Adverts,
                        published.TryGetValue(w.Week.AddDays(-7), out var before) && before.Median != 0 ? Math.Round((w.Median - before.Median) / before.Median * 100, 1) : null))
                    .ToList();
                return new RoutePriceSeries(p.Route, p.Currency, p.Median, p.Min, p.Max, p.Adverts, points, weeks.Count - points.Count);
            })
            .ToList();
    }
}
