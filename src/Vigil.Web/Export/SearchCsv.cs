using System.Globalization;
using System.Text;
using Vigil.Core.Analysis;
using Vigil.Storage.Search;
using Vigil.Web.Data;

namespace Vigil.Web.Export;

/// <summary>
/// Search hits as a CSV file for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads Arabic,
/// Persian and Cyrillic right), CRLF line ends, every cell quoted and formula-safe (<see cref="CsvCell"/>).
/// The rows hold what the store holds: in strategic mode pseudonyms, never clear identifiers.
/// </summary>
public static class SearchCsv
{
    public static readonly string[] Header =
        ["platform", "native_id", "created_at", "source", "author", "lang", "category", "confidence", "route", "prices", "phones", "text"];

    public static byte[] Write(IEnumerable<SearchHit> hits)
    {
        var text = new StringBuilder();
        Row(text, Header);
        foreach (var hit in hits)
        {
            var p = hit.Post;
            var a = p.Analysis;
            var indicators = a?.Indicators ?? Indicators.Empty;
            Row(text,
            [
                p.Key.Platform,
                p.Key.NativeId,
                (p.CreatedAt ?? p.CollectedAt).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                p.Source,
                p.Author,
                a?.Language.Code ?? p.LangHint,
                a?.Category.ToWire(),
                a?.Confidence.ToString("0.####", CultureInfo.InvariantCulture),
                TrendsCalculator.RouteOf(indicators),
                string.Join("; ", indicators.Prices.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Amount} {x.Currency}"))),
                string.Join("; ", indicators.Phones.Select(x => x.E164)),
                p.Text,
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Row(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(CsvCell.Escape(cells[i]));
        }

        text.Append("\r\n");
    }
}
