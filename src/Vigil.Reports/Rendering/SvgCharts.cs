using System.Globalization;
using System.Net;
using System.Text;

namespace Vigil.Reports.Rendering;

/// <summary>One bar of a grid chart: its height (null draws no bar) and the text printed under it.</summary>
public readonly record struct ChartCell(long? Value, string Label);

/// <summary>One point of a price chart: median and range in one period (e.g. a week).</summary>
public readonly record struct PriceChartPoint(string Period, decimal Median, decimal Min, decimal Max, int Adverts);

/// <summary>
/// Server-rendered SVG charts (no script, no external resource), shared by the dashboard and the strategic
/// report. Every bar and point carries its number as text and every series its name, so the charts read
/// without colour, on screen and in print. Returns markup with every label HTML-encoded.
/// </summary>
public static class SvgCharts
{
    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string N(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>One row of bars per series, one column per period, each bar labelled (its count, or a suppression mark).</summary>
    public static string Grid(string title, IReadOnlyList<string> columns, IReadOnlyList<(string Series, IReadOnlyList<ChartCell> Cells)> rows)
    {
        var max = Math.Max(1, rows.SelectMany(r => r.Cells).Select(c => c.Value ?? 0).DefaultIfEmpty(1).Max());
        const int label = 170, cell = 44, row = 40;
        var width = label + (columns.Count * cell) + 10;
        var height = 30 + (rows.Count * row);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{E(title)}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\"><title>{E(title)}</title>");
        for (var w = 0; w < columns.Count; w++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label + (w * cell) + 2}\" y=\"12\">{E(columns[w])}</text>");
        }

        for (var s = 0; s < rows.Count; s++)
        {
            var y = 20 + (s * row);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 24}\">{E(rows[s].Series)}</text>");
            for (var w = 0; w < columns.Count && w < rows[s].Cells.Count; w++)
            {
                var (value, text) = rows[s].Cells[w];
                var h = (int)Math.Round(24.0 * (value ?? 0) / max);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{label + (w * cell)}\" y=\"{y + 26 - h}\" width=\"{cell - 8}\" height=\"{h}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label + (w * cell)}\" y=\"{y + 37}\">{E(text)}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Median advertised price per period (points, labelled) with the min–max range as a vertical line.</summary>
    public static string Prices(string title, IReadOnlyList<PriceChartPoint> prices)
    {
        const int left = 60, cell = 70, height = 180, top = 20, plot = 120;
        var width = left + (Math.Max(1, prices.Count) * cell);
        var max = prices.Count == 0 ? 1 : (double)prices.Max(p => p.Max);
        var min = prices.Count == 0 ? 0 : (double)prices.Min(p => p.Min);
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
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x - 18}\" y=\"{height - 8}\">{E(p.Period)} n={p.Adverts}</text>");
            path = path is null ? $"M{x},{N(Y(p.Median))}" : $"{path} L{x},{N(Y(p.Median))}";
        }

        if (path is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"#0a4a8a\" stroke-dasharray=\"4 3\"/>");
        }

        return svg.Append("</svg>").ToString();
    }
}
