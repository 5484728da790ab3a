using System.Globalization;
using System.Text;
using Vigil.Reports.Strategic;
using Vigil.Reports.Suppression;
using static Vigil.Reports.Rendering.HtmlParts;

namespace Vigil.Reports.Rendering;

/// <summary>
/// Renders a <see cref="StrategicReport"/> as one self-contained HTML document: inline stylesheet and SVG,
/// no script, no external resource (a Content-Security-Policy meta tag forbids loading any), print CSS for
/// paper and PDF. It renders only what the report holds — aggregates behind suppression — so it cannot
/// leak post text or identifiers.
/// </summary>
public static partial class ReportHtml
{
    public static string Render(StrategicReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var r = report.Request;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Vigil strategic report ").Append(Day(r.From)).Append(" to ").Append(Day(r.To)).Append("</title><style>")
            .Append(Stylesheet.Value).Append("</style></head><body>");
        Header(html, report);
        Summary(html, report);
        Volumes(html, report);
        Prices(html, report);
        Routes(html, report);
        ModusOperandi(html, report);
        Methodology(html, report);
        return html.Append("</body></html>").ToString();
    }

    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = typeof(ReportHtml).Assembly.GetManifestResourceStream("Vigil.Reports.report.css")!;
        return new StreamReader(stream).ReadToEnd();
    });

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Week(string monday) => DateOnly.ParseExact(monday, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MM-dd", CultureInfo.InvariantCulture);

    private static void Header(StringBuilder html, StrategicReport report)
    {
        var r = report.Request;
        html.Append("<header><h1>Strategic picture: migrant-smuggling content online</h1>")
            .Append("<p class=\"meta\">Period <b>").Append(Day(r.From)).Append("</b> to <b>").Append(Day(r.To)).Append("</b> (UTC, inclusive) · ")
            .Append(report.Weeks.Count).Append(" weeks · created ").Append(E(report.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .Append(" by ").Append(E(report.CreatedBy)).Append(" · small-cell threshold k = ").Append(r.Threshold).Append("</p>");
        if (r.SyntheticData)
        {
            html.Append("<p class=\"banner\">Synthetic data: this report was made from Vigil's bundled demo corpus, which is invented. It describes no real route, price or platform activity.</p>");
        }

        html.Append("<p class=\"banner\">Anonymised aggregates only. Counts below ").Append(r.Threshold).Append(" are shown as “&lt;").Append(r.Threshold)
            .Append("”; counts marked “").Append(SuppressedTable.WithheldMark).Append("” are withheld so that a small count cannot be worked out by subtraction.</p>")
            .Append("<nav><ol><li><a href=\"#summary\">Summary</a></li><li><a href=\"#volumes\">Weekly volumes</a></li><li><a href=\"#prices\">Advertised prices per route</a></li>")
            .Append("<li><a href=\"#routes\">Routes, destinations and departure points</a></li><li><a href=\"#modus\">Transport, guarantees and payment</a></li><li><a href=\"#method\">Methodology and limits</a></li></ol></nav></header>");
    }

    private static void Summary(StringBuilder html, StrategicReport report)
    {
        var k = report.Request.Threshold;
        var c = report.ByCategory;
        html.Append("<section id=\"summary\"><h2>1. Summary</h2><ul>");
        html.Append("<li>Posts collected in the period: <b>").Append(E(c.Label(c.Rows, c.Columns))).Append("</b>, in ")
            .Append(report.ByLanguage.Rows).Append(" languages on ").Append(report.ByPlatform.Rows).Append(" platforms.</li>");
        for (var i = 0; i < c.Rows; i++)
        {
            html.Append("<li>").Append(E(c.RowLabels[i])).Append(": ").Append(E(c.Label(i, c.Columns))).Append("</li>");
        }

        html.Append("</ul><ul>");
        if (report.TopRoutes.Shown.FirstOrDefault() is { } route)
        {
            html.Append("<li>Most advertised route: <b>").Append(E(route.Name)).Append("</b> (").Append(Count(route.Count)).Append(" adverts).</li>");
        }

        if (report.TopDestinations.Shown.FirstOrDefault() is { } destination)
        {
            html.Append("<li>Most advertised destination: <b>").Append(E(destination.Name)).Append("</b> (").Append(Count(destination.Count)).Append(" adverts).</li>");
        }

        html.Append("<li>New routes this period named in this report: ").Append(report.NewRoutes.Shown.Count)
            .Append(report.NewRoutes.Shown.Count > 0 ? " (" + E(string.Join(", ", report.NewRoutes.Shown.Select(n => n.Name))) + ")" : "").Append(".</li>");
        foreach (var p in report.Prices.Take(3))
        {
            var last = p.Weeks.LastOrDefault(w => w.ChangePercent is not null);
            html.Append("<li>").Append(E(p.Route)).Append(": median advertised price ").Append(Money(p.Median)).Append(' ').Append(E(p.Currency))
                .Append(" (").Append(Money(p.Min)).Append('–').Append(Money(p.Max)).Append(", ").Append(p.Adverts).Append(" adverts)")
                .Append(last is null ? "" : $"; week of {Day(last.Week)}: {Signed(last.ChangePercent!.Value)} on the week before").Append(".</li>");
        }

        html.Append("</ul><p class=\"note\">Figures below ").Append(k).Append(" are not shown anywhere in this report.</p></section>");
    }

    private static string Signed(decimal percent) => (percent > 0 ? "+" : "") + percent.ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static void Volumes(StringBuilder html, StrategicReport report)
    {
        html.Append("<section id=\"volumes\"><h2>2. Weekly volumes</h2><p>Posts per ISO week (weeks start on Monday, UTC; columns are labelled with the Monday, month-day). The first and last weeks may be partial.</p>");
        foreach (var (title, table, header) in new[] { ("By category", report.ByCategory, "category"), ("By language", report.ByLanguage, "language"), ("By platform", report.ByPlatform, "platform") })
        {
            html.Append("<h3>").Append(E(title)).Append("</h3><figure>").Append(Chart($"Posts per week, {header}", table, Week)).Append("</figure>");
            Table(html, table, header, Week);
        }

        html.Append("<p class=\"note\"><code>migrant_request</code> posts (people asking for help) appear only as these counts: no route, price, place or any other detail of them is used anywhere in this report.</p></section>");
    }

    private static void Prices(StringBuilder html, StrategicReport report)
    {
        var k = report.Request.Threshold;
        html.Append("<section id=\"prices\"><h2>3. Advertised prices per route</h2><p>Prices as advertised in flagged posts (smuggling offers, document fraud, recruitment, guidance) whose route names an origin and a destination country, per currency (not converted). Median and range (lowest–highest) over the period, then per week where a week has at least ")
            .Append(k).Append(" adverts; the change is against the week before when both are shown.</p>");
        if (report.Prices.Count == 0)
        {
            html.Append("<p>No route and currency has prices from at least ").Append(k).Append(" adverts in this period.</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th>route</th><th>currency</th><th>median</th><th>range</th><th>adverts</th></tr></thead><tbody>");
            foreach (var p in report.Prices)
            {
                html.Append("<tr><td>").Append(E(p.Route)).Append("</td><td>").Append(E(p.Currency)).Append("</td><td>").Append(Money(p.Median)).Append("</td><td>")
                    .Append(Money(p.Min)).Append('–').Append(Money(p.Max)).Append("</td><td>").Append(p.Adverts).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        if (report.PriceSeriesSuppressed > 0)
        {
            html.Append("<p class=\"note\">").Append(report.PriceSeriesSuppressed).Append(" further route and currency pairs had prices from fewer than ").Append(k).Append(" adverts and are not shown.</p>");
        }

        foreach (var p in report.Prices.Where(p => p.Weeks.Count > 0))
        {
            html.Append("<h3>").Append(E(p.Route)).Append(" (").Append(E(p.Currency)).Append(") week by week</h3><figure>")
                .Append(SvgCharts.Prices($"Advertised price {p.Route} ({p.Currency}), median and range per week", p.Weeks.Select(w => new PriceChartPoint(w.Week.ToString("MM-dd", CultureInfo.InvariantCulture), w.Median, w.Min, w.Max, w.Adverts)).ToList()))
                .Append("</figure><table><thead><tr><th>week of</th><th>median</th><th>range</th><th>adverts</th><th>change</th></tr></thead><tbody>");
            foreach (var w in p.Weeks)
            {
                html.Append("<tr><td>").Append(Day(w.Week)).Append("</td><td>").Append(Money(w.Median)).Append("</td><td>").Append(Money(w.Min)).Append('–').Append(Money(w.Max))
                    .Append("</td><td>").Append(w.Adverts).Append("</td><td>").Append(w.ChangePercent is { } change ? Signed(change) : "–").Append("</td></tr>");
            }

            html.Append("</tbody></table>");
            if (p.WeeksSuppressed > 0)
            {
                html.Append("<p class=\"note\">").Append(p.WeeksSuppressed).Append(" weeks with fewer than ").Append(k).Append(" adverts on this route are not shown.</p>");
            }
        }

        html.Append("</section>");
    }

    private static void Routes(StringBuilder html, StrategicReport report)
    {
        html.Append("<section id=\"routes\"><h2>4. Routes, destinations and departure points</h2><p>A route is the first origin country and the first destination country named in a flagged post. Counts are adverts (posts) in the period.</p>");
        Lists(html, report.Request.Threshold, [
            ("Top routes", null, report.TopRoutes, "route", "adverts"),
            ("Top destination countries", null, report.TopDestinations, "destination", "adverts"),
            ("Top departure countries", null, report.TopDepartureCountries, "origin", "adverts"),
            ("Top departure points", null, report.DeparturePoints, "place (country)", "adverts"),
            ("New routes this period", "Routes advertised in this period and never before it in the store." + (report.HistoryBefore ? "" : " The store holds no post from before this period, so every route counts as new."), report.NewRoutes, "route", "adverts"),
        ]);
        html.Append("</section>");
    }

    private static void ModusOperandi(StringBuilder html, StrategicReport report)
    {
        html.Append("<section id=\"modus\"><h2>5. Transport, guarantees and payment</h2><p>Flagged posts mentioning each; a post may mention several, so these counts do not add up to a total.</p>");
        Lists(html, report.Request.Threshold, [
            ("Transport modes", null, report.Transport, "mode", "posts"),
            ("Guarantees", null, report.Guarantees, "guarantee", "posts"),
            ("Payment channels", null, report.Payment, "channel", "posts"),
            ("Documents offered", null, report.Documents, "document", "posts"),
        ]);
        html.Append("</section>");
    }

    private static void Lists(StringBuilder html, int k, IEnumerable<(string Title, string? Intro, RankedList List, string What, string Counted)> lists)
    {
        foreach (var (title, intro, list, what, counted) in lists)
        {
            html.Append("<h3>").Append(E(title)).Append("</h3>").Append(intro is null ? "" : "<p>" + E(intro) + "</p>");
            Ranked(html, list, what, counted, k);
        }
    }
}
