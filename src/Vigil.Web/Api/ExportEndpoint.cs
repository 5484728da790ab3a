using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Vigil.Core.Analysis;
using Vigil.Storage.Audit;
using Vigil.Web.Data;
using Vigil.Web.Export;
using Vigil.Web.Hosting;
using Vigil.Web.Security;

namespace Vigil.Web.Api;

/// <summary>
/// <c>GET /api/v1/export</c>: the hits of a search (same parameters as the search page) as a CSV file.
/// An export leaves the system, so it needs a reason, and the access log records who exported which
/// search, how many rows, and why. Cells are formula-safe (<see cref="CsvCell"/>).
/// </summary>
public static class ExportEndpoint
{
    public const int MaxReasonLength = 500;

    public static RouteGroupBuilder MapExport(this RouteGroupBuilder content)
    {
        content.MapGet("/export", ExportAsync)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Export the hits of a search as CSV (UTF-8 with BOM, formula-safe cells); needs a reason, which is logged.")
            .WithDescription("Parameters as the search page: q, category, lang, platform, source, from, until (yyyy-mm-dd), hasPhone, priceMin, priceMax, route (TR→GR); reason is required.");
        return content;
    }

    private static async Task<IResult> ExportAsync(
        string? q, string? category, string? lang, string? platform, string? source, DateOnly? from, DateOnly? until,
        bool? hasPhone, decimal? priceMin, decimal? priceMax, string? route, string? reason,
        DashboardQueries queries, AccessLog log, ApiLimits limits, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Results.Problem(statusCode: 400, title: "Give a query.", detail: "Add ?q=words: the export holds the hits of that search.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            return Results.Problem(statusCode: 400, title: "Say why you export.", detail: $"Add reason=… (at most {MaxReasonLength} characters): an export leaves the system, and the access log keeps who exported what and why.");
        }

        Category? cat = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            if (!Categories.TryParse(category, out var c))
            {
                return Results.Problem(statusCode: 400, title: "Unknown category.", detail: $"Use one of: {string.Join(", ", Categories.All.Select(x => x.ToWire()))}.");
            }

            cat = c;
        }

        var request = SearchRequest.Create(q, cat, lang, platform, source, from, until, hasPhone ?? false, priceMin, priceMax, route);
        var hits = (await queries.SearchAllAsync(request, ct)).Take(limits.MaxExportRows).ToList();
        var what = new QueryBuilder(http.Request.Query.Where(kv => kv.Key != "reason").SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? ""))));
        await log.AppendAsync(Principals.NameOf(http.User), "export:csv", $"{hits.Count.ToString(CultureInfo.InvariantCulture)} rows of search {what.ToQueryString()}", reason.Trim(), ct);
        var name = string.Create(CultureInfo.InvariantCulture, $"vigil-search-{clock.GetUtcNow():yyyyMMdd-HHmmss}.csv");
        return Results.File(SearchCsv.Write(hits), "text/csv; charset=utf-8", name);
    }
}
