using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Vigil.Analysis.Dedup;
using Vigil.Reports.Rendering;
using Vigil.Web.Data;

namespace Vigil.Web.Rendering;

/// <summary>
/// Server-rendered SVG charts: no script, no external library. Every bar and point carries its number
/// as text and every series its name, so the charts are readable without colour.
/// </summary>
public static class Svg
{
    private static string E(string s) => HtmlEncoder.Default.Encode(s);

    private static string N(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>One row of bars per series, one column per week, each bar labelled with its count.</summary>
    public static IHtmlContent WeeklyGrid(string title, IReadOnlyList<DateOnly> weeks, IReadOnlyList<WeeklyCount> counts, int maxSeries = 12)
    {
        var series = counts.GroupBy(c => c.Series).OrderByDescending(g => g.Sum(c => c.Count)).Take(maxSeries).Select(g => g.Key).ToList();
        var lookup = counts.ToDictionary(c => (c.Week, c.Series), c => c.Count);
        var rows = series.Select(s => (s, (IReadOnlyList<ChartCell>)weeks.Select(w => lookup.GetValueOrDefault((w, s))).Select(n => new ChartCell(n, n.ToString(CultureInfo.InvariantCulture))).ToList())).ToList();
        return new HtmlString(SvgCharts.Grid(title, weeks.Select(w => w.ToString("MM-dd", CultureInfo.InvariantCulture)).ToList(), rows));
    }

    /// <summary>Median advertised price per week on one route (points, labelled) with the min–max range as a vertical line.</summary>
    public static IHtmlContent PriceChart(string route, string currency, IReadOnlyList<RoutePrice> prices) =>
        new HtmlString(SvgCharts.Prices(
            $"Advertised price {route} ({currency}), median and range per week",
            prices.Select(p => new PriceChartPoint(p.Week.ToString("MM-dd", CultureInfo.InvariantCulture), p.Median, p.Min, p.Max, p.Adverts)).ToList()));

    /// <summary>An account network as a graph: accounts (circles) around a ring, shared links (squares) inside, edges between.</summary>
    public static IHtmlContent NetworkGraph(AccountNetwork network, IReadOnlyDictionary<string, IReadOnlyList<string>> linksByAccount)
    {
        var title = $"Network {network.Id}: {network.Size} accounts linked by {network.SharedLinks.Count} shared phones, handles or adverts";
        const int size = 360, cx = 180, cy = 180;
        var accounts = network.Accounts;
        var links = network.SharedLinks;
        var positions = new Dictionary<string, (double X, double Y)>();
        for (var i = 0; i < accounts.Count; i++)
        {
            var angle = 2 * Math.PI * i / accounts.Count;
            positions["a:" + accounts[i]] = (cx + (150 * Math.Cos(angle)), cy + (150 * Math.Sin(angle)));
        }

        for (var i = 0; i < links.Count; i++)
        {
            var angle = (2 * Math.PI * i / Math.Max(1, links.Count)) + 0.3;
            positions["l:" + links[i]] = (cx + (70 * Math.Cos(angle)), cy + (70 * Math.Sin(angle)));
        }

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{E(title)}\" viewBox=\"0 0 {size} {size}\" width=\"{size}\" height=\"{size}\"><title>{E(title)}</title>");
        foreach (var account in accounts)
        {
            foreach (var link in linksByAccount.GetValueOrDefault(account, []).Where(links.Contains))
            {
                var (x1, y1) = positions["a:" + account];
                var (x2, y2) = positions["l:" + link];
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"#58606b\"/>");
            }
        }

        foreach (var link in links)
        {
            var (x, y) = positions["l:" + link];
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar alt\" x=\"{N(x - 6)}\" y=\"{N(y - 6)}\" width=\"12\" height=\"12\"><title>{E(link)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 8)}\" y=\"{N(y + 4)}\">{E(Short(link))}</text>");
        }

        foreach (var account in accounts)
        {
            var (x, y) = positions["a:" + account];
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"bar\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"7\"><title>{E(account)}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 9)}\" y=\"{N(y + 4)}\">{E(Short(account))}</text>");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    private static string Short(string id) => id.Length <= 18 ? id : id[..8] + "…" + id[^6..];
}
