using System.Globalization;
using System.Net;
using System.Text;
using Vigil.Reports.Strategic;
using Vigil.Reports.Suppression;

namespace Vigil.Reports.Rendering;

/// <summary>HTML pieces of a strategic report: suppressed tables, ranked lists, number formats. Every text is encoded.</summary>
internal static class HtmlParts
{
    public static string E(string s) => WebUtility.HtmlEncode(s);

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Money(decimal d) => d.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A suppressed table with its totals row and column; small and withheld cells carry their mark.</summary>
    public static void Table(StringBuilder html, SuppressedTable table, string firstHeader, Func<string, string> columnLabel)
    {
        html.Append("<table><thead><tr><th>").Append(E(firstHeader)).Append("</th>");
        foreach (var column in table.ColumnLabels)
        {
            html.Append("<th>").Append(E(columnLabel(column))).Append("</th>");
        }

        html.Append("<th>total</th></tr></thead><tbody>");
        for (var r = 0; r <= table.Rows; r++)
        {
            html.Append(r == table.Rows ? "<tr class=\"total\"><td>total</td>" : "<tr><td>" + E(table.RowLabels[r]) + "</td>");
            for (var c = 0; c <= table.Columns; c++)
            {
                html.Append(Cell(table, r, c, c == table.Columns ? "total" : null));
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Cell(SuppressedTable table, int r, int c, string? extraClass)
    {
        var state = table.StateAt(r, c) switch
        {
            CellState.Small => "small",
            CellState.Withheld => "withheld",
            _ => null,
        };
        var classes = string.Join(' ', new[] { state, extraClass }.Where(x => x is not null));
        return (classes.Length == 0 ? "<td>" : $"<td class=\"{classes}\">") + E(table.Label(r, c)) + "</td>";
    }

    /// <summary>The SVG grid of a suppressed table's cells (no totals): bars for published counts, marks for the rest.</summary>
    public static string Chart(string title, SuppressedTable table, Func<string, string> columnLabel) =>
        SvgCharts.Grid(
            title,
            table.ColumnLabels.Select(columnLabel).ToList(),
            Enumerable.Range(0, table.Rows)
                .Select(r => (table.RowLabels[r], (IReadOnlyList<ChartCell>)Enumerable.Range(0, table.Columns).Select(c => new ChartCell(table.Published(r, c), table.Label(r, c))).ToList()))
                .ToList());

    /// <summary>A ranked list as a table, with a sentence on what was not named.</summary>
    public static void Ranked(StringBuilder html, RankedList list, string what, string countHeader, int k)
    {
        if (list.Shown.Count == 0)
        {
            html.Append("<p>None with at least ").Append(k).Append(' ').Append(E(countHeader)).Append(".</p>");
        }
        else
        {
            var notes = list.Shown.Any(s => s.Note is not null);
            html.Append("<table><thead><tr><th>").Append(E(what)).Append("</th><th>").Append(E(countHeader)).Append("</th>").Append(notes ? "<th>note</th>" : "").Append("</tr></thead><tbody>");
            foreach (var item in list.Shown)
            {
                html.Append("<tr><td>").Append(E(item.Name)).Append("</td><td>").Append(Count(item.Count)).Append("</td>")
                    .Append(notes ? "<td>" + E(item.Note ?? "") + "</td>" : "").Append("</tr>");
            }

            html.Append("</tbody></table>");
        }

        if (list.NotNamed > 0)
        {
            html.Append("<p class=\"note\">").Append(Count(list.NotNamed)).Append(" further ").Append(list.NotNamed == 1 ? "item is" : "items are")
                .Append(" not named: fewer than ").Append(k).Append(' ').Append(E(countHeader)).Append(" each, withheld, or beyond the top 15.</p>");
        }
    }
}
