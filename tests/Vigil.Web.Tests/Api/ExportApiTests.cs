using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Vigil.Web.Accounts;

namespace Vigil.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class ExportApiTests(WebFixture web)
{
    // A real CSV parser (CsvHelper), so the test checks what a spreadsheet import would read.
    private static List<string[]> ParseCsv(string text)
    {
        using var reader = CsvReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(text)), CsvReaderOptions.Default with { HasHeader = false }, leaveOpen: false);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task Export_HostilePosts_NoCellStartsAsAFormula_AndTextsSurviveQuoting()
    {
        var response = await web.Client(web.AnalystToken).GetAsync("/api/v1/export?q=formula&reason=" + Uri.EscapeDataString("weekly review"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));

        Assert.Equal(["platform", "native_id", "created_at", "source", "author", "lang", "category", "confidence", "route", "prices", "phones", "text"], rows[0]);
        Assert.Equal(SamplePosts.FormulaPosts.Length, rows.Count - 1);
        foreach (var cell in rows.SelectMany(r => r))
        {
            Assert.False(cell.Length > 0 && cell.TrimStart(' ')[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝', $"cell starts as a formula: {cell}");
        }

        // The text survives: formulas carry one leading apostrophe, everything else is exact (commas, quotes, CRLF).
        var texts = rows.Skip(1).Select(r => r[11]).ToHashSet();
        foreach (var original in SamplePosts.FormulaPosts)
        {
            Assert.Contains(Vigil.Web.Export.CsvCell.StartsLikeAFormula(original) ? "'" + original : original, texts);
        }
    }

    [Fact]
    public async Task Export_ArabicOffer_HoldsPseudonymsOnly_AndReadsAsUtf8()
    {
        var csv = Encoding.UTF8.GetString(await web.Client(web.AnalystToken).GetByteArrayAsync("/api/v1/export?q=" + Uri.EscapeDataString("ازمير") + "&reason=route+check"));
        var rows = ParseCsv(csv.TrimStart('\uFEFF'));
        var offer = rows.Single(r => r[1] == "1001");
        Assert.Contains("إزمير", offer[11]);
        Assert.Equal("TR→GR", offer[8]);
        Assert.Equal("4500 EUR", offer[9]);
        Assert.StartsWith("ps_", offer[10]);
    }

    [Fact]
    public async Task Export_IsLoggedWithItsReason()
    {
        await web.Client(web.OfficerToken).GetAsync("/api/v1/export?q=formula&category=unrelated&reason=" + Uri.EscapeDataString("case 17 briefing"));

        var log = JsonDocument.Parse(await web.Client(web.DpoToken).GetStringAsync("/api/v1/access-log?limit=1000")).RootElement;
        var entry = log.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("reason").GetString() == "case 17 briefing");
        Assert.Equal("export:csv", entry.GetProperty("action").GetString());
        Assert.Equal(Roles.OperationOfficer, entry.GetProperty("user").GetString());
        Assert.Contains($"{SamplePosts.FormulaPosts.Length} rows", entry.GetProperty("target").GetString());
        Assert.Contains("q=formula", entry.GetProperty("target").GetString());
    }

    [Theory]
    [InlineData("/api/v1/export?q=formula", "Say why you export.")]
    [InlineData("/api/v1/export?q=formula&reason=%20%20", "Say why you export.")]
    [InlineData("/api/v1/export?reason=x", "Give a query.")]
    [InlineData("/api/v1/export?q=formula&reason=x&category=smuggling", "Unknown category.")]
    public async Task Export_MissingReasonQueryOrBadCategory_Returns400Problem(string path, string title)
    {
        var response = await web.Client(web.AnalystToken).GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(title, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }
}
