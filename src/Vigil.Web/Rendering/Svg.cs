using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Vigil.Analysis.Dedup;
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
        var max = Math.Max(1, counts.Count == 0 ? 1 : counts.Max(c => c.Count));
        const int label = 170, cell = 44, row = 40;
        var width = label + (weeks.Count * cell) + 10;
        var height = 30 + (series.Count * row);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{E(title)}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\"><title>{E(title)}</title>");
        for (var w = 0; w < weeks.Count; w++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label + (w * cell) + 2}\" y=\"12\">{weeks[w]:MM-dd}</text>");
        }

        var lookup = counts.ToDictionary(c => (c.Week, c.Series), c => c.Count);
        for (var s = 0; s < series.Count; s++)
        {
            var y = 20 + (s * row);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 24}\">{E(series[s])}</text>");
            for (var w = 0; w < weeks.Count; w++)
            {
                var count = lookup.GetValueOrDefault((weeks[w], series[s]));
                var h = (int)Math.Round(24.0 * count / max);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{label + (w * cell)}\" y=\"{y + 26 - h}\" width=\"{cell - 8}\" height=\"{h}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label + (w * cell)}\" y=\"{y + 37}\">{count}</text>");
            }
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    /// <summary>Median advertised price per week on one route (points, labelled) with the min–max range as a vertical line.</summary>
    public static IHtmlContent PriceChart(string route, string currency, IReadOnlyList<RoutePrice> prices)
    {
        var title = $"Advertised price {route} ({currency}), median and range per week";
        const int left = 60, cell = 70, height = 180, top = 20, plot = 120;
        var width = left + (Math.Max(1, prices.Count) * cell);
        var max = (double)prices.Max(p => p.Max);
        var min = (double)prices.Min(p => p.Min);
        var span = Math.Max(1, max - min);
        double Y(decimal v) => top + plot - (((double)v - min) / span * plot);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{E(title)}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\"><title>{E(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top + 4}\">{N(max)}</text><text x=\"0\" y=\"{top + plot}\">{N(min)}</text>");
        string? path = null;
        for (var i = 0; i < prices.Count; i++)
        {
            var p = prices[i];
            var x = left + (i * cell) + 20;
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"rng\" x1=\"{x}\" x2=\"{x}\" y1=\"{N(Y(p.Min))}\" y2=\"{N(Y(p.Max))}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{x - 4}\" y=\"{N(Y(p.Median) - 4)}\" width=\"8\" height=\"8\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6}\" y=\"{N(Y(p.Median))}\">{N((double)p.Median)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x - 18}\" y=\"{height - 8}\">{p.Week:MM-dd} n={p.Adverts}</text>");
            path = path is null ? $"M{x},{N(Y(p.Median))}" : $"{path} L{x},{N(Y(p.Median))}";
        }

        if (path is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"#0a4a8a\" stroke-dasharray=\"4 3\"/>");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

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
