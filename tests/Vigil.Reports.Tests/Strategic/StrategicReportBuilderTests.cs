using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Reports.Strategic;
using Vigil.Reports.Suppression;
using Vigil.Testing;

namespace Vigil.Reports.Tests.Strategic;

public sealed class StrategicReportBuilderTests(DemoReport demo) : IClassFixture<DemoReport>
{
    private static IEnumerable<long?> PublishedCells(SuppressedTable t) =>
        from r in Enumerable.Range(0, t.Rows + 1) from c in Enumerable.Range(0, t.Columns + 1) select t.Published(r, c);

    [Fact]
    public void Build_DemoStore_PublishesNoCountBelowK()
    {
        var r = demo.Report;
        var k = r.Request.Threshold;

        foreach (var table in new[] { r.ByCategory, r.ByLanguage, r.ByPlatform, r.Routes })
        {
            // The route matrix publishes its zeros (an unadvertised route); they are never named in the report.
            Assert.All(PublishedCells(table).OfType<long>(), n => Assert.True(n >= k || (n == 0 && table == r.Routes), $"published {n} < {k}"));
            Assert.Empty(DifferencingAudit.Recoverable(table.Counts, table.StateAt, k));
        }

        foreach (var list in new[] { r.TopRoutes, r.TopDestinations, r.TopDepartureCountries, r.DeparturePoints, r.NewRoutes, r.Transport, r.Guarantees, r.Payment, r.Documents })
        {
            Assert.All(list.Shown, c => Assert.True(c.Count >= k, $"{c.Name}: {c.Count}"));
        }

        Assert.All(r.Prices, p => Assert.True(p.Adverts >= k && p.Weeks.All(w => w.Adverts >= k), p.Route));
    }

    [Fact]
    public void Build_DemoStore_CountsEveryPostOfThePeriodOnce()
    {
        var stored = demo.Posts.Count(p => (p.CreatedAt ?? p.CollectedAt) >= DemoReport.Request.Start && (p.CreatedAt ?? p.CollectedAt) < DemoReport.Request.End);
        var minimised = demo.Minimised.Sum(m => m.Posts);
        var inPeriod = stored + minimised;

        Assert.True(minimised > 100, $"{minimised} minimised posts: the demo import should drop unrelated posts");
        Assert.Equal(3661, inPeriod); // the whole demo corpus lies in its window, stored or counted
        Assert.Equal(minimised, demo.Report.ByCategory.Counts[demo.Report.ByCategory.RowLabels.ToList().IndexOf("unrelated"), demo.Report.ByCategory.Columns]);
        Assert.Equal(inPeriod, demo.Report.ByCategory.GrandTotal);
        Assert.Equal(inPeriod, demo.Report.ByLanguage.GrandTotal);
        Assert.Equal(inPeriod, demo.Report.ByPlatform.GrandTotal);
        Assert.Equal(13, demo.Report.Weeks.Count); // Mondays 2026-08-24 … 2026-11-16
        Assert.Equal(new DateOnly(2026, 8, 24), demo.Report.Weeks[0]);
    }

    [Fact]
    public void Build_DemoStore_FindsRoutesPricesAndModes()
    {
        var r = demo.Report;

        Assert.NotEmpty(r.TopRoutes.Shown);
        Assert.NotEmpty(r.TopDestinations.Shown);
        Assert.NotEmpty(r.Transport.Shown);
        Assert.NotEmpty(r.Prices);
        Assert.Contains(r.Prices, p => p.Weeks.Any(w => w.ChangePercent is not null));
        Assert.Contains("migrant_request", r.ByCategory.RowLabels);
    }

    [Fact]
    public async Task Build_MigrantRequestsWithRoutesAndPrices_CountsThemAndUsesNothingElse()
    {
        // Given 30 people asking for a crossing TR→GR at 1,000 EUR, and nothing else
        var posts = Enumerable.Range(0, 30).Select(i => Post(i, Category.MigrantRequest)).ToList();

        var report = await new StrategicReportBuilder(Clocks.At()).BuildAsync(posts.ToAsyncEnumerable(), [], new ReportRequest(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8)), "t", null, TestContext.Current.CancellationToken);

        // Then they are counted, and their routes, prices and modes appear nowhere
        Assert.Equal(30, report.ByCategory.RowTotal(report.ByCategory.RowLabels.ToList().IndexOf("migrant_request")));
        Assert.Empty(report.TopRoutes.Shown);
        Assert.Equal(0, report.Routes.Rows);
        Assert.Empty(report.Prices);
        Assert.Empty(report.Transport.Shown);
        Assert.Equal(0, report.Transport.NotNamed);
    }

    [Fact]
    public async Task Build_RouteSeenBeforeThePeriod_IsNotNew()
    {
        var before = Enumerable.Range(0, 3).Select(i => Post(i, Category.SmugglingOffer, Some.Instant.AddDays(-30)));
        var during = Enumerable.Range(10, 12).Select(i => Post(i, Category.SmugglingOffer))
            .Concat(Enumerable.Range(30, 11).Select(i => Post(i, Category.SmugglingOffer, route: ("LY", "IT"))));

        var report = await new StrategicReportBuilder(Clocks.At()).BuildAsync(before.Concat(during).ToAsyncEnumerable(), [], new ReportRequest(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8)), "t", null, TestContext.Current.CancellationToken);

        Assert.Equal(["LY→IT"], report.NewRoutes.Shown.Select(n => n.Name));
        Assert.Equal(["LY→IT", "TR→GR"], report.TopRoutes.Shown.Select(n => n.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Request_ToBeforeFrom_SaysWhatToDo() =>
        Assert.Contains("--from before --to", new ReportRequest(new DateOnly(2026, 11, 8), new DateOnly(2026, 11, 2)).Problem);

    private static StoredPost Post(int i, Category category, DateTimeOffset? at = null, (string From, string To)? route = null) => new()
    {
        Key = new PostKey("telegram", "p" + i),
        Text = "text " + i,
        CreatedAt = at ?? Some.Instant,
        CollectedAt = Some.Instant,
        Analysis = new PostAnalysis
        {
            Language = new LanguageGuess("ar", 1),
            Category = category,
            Indicators = new Indicators
            {
                Prices = [new PriceIndicator(1000, "EUR")],
                Places = [new PlaceIndicator("Izmir", route?.From ?? "TR", "origin"), new PlaceIndicator("Greece", route?.To ?? "GR", "destination")],
                Transport = ["boat"],
            },
        },
    };
}
