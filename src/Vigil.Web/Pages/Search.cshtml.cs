using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Core.Analysis;
using Vigil.Storage.Audit;
using Vigil.Storage.Search;
using Vigil.Web.Accounts;
using Vigil.Web.Data;
using Vigil.Web.Security;

namespace Vigil.Web.Pages;

[Authorize(Policy = Roles.Policies.Content)]
public sealed class SearchModel(DashboardQueries queries, AccessLog log) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Lang { get; set; }
    [BindProperty(SupportsGet = true)] public string? Platform { get; set; }
    [BindProperty(SupportsGet = true)] public string? Source { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Until { get; set; }
    [BindProperty(SupportsGet = true)] public bool HasPhone { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? PriceMin { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? PriceMax { get; set; }
    [BindProperty(SupportsGet = true)] public string? Route { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];
    public bool HasMore { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Q is null)
        {
            return;
        }

        P = Math.Max(0, P);
        var filters = new SearchFilters
        {
            Platform = Blank(Platform),
            Source = Blank(Source),
            Lang = Blank(Lang),
            Category = Categories.TryParse(Category, out var c) ? c : null,
            From = From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Until = Until?.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc),
        };
        // Indicator filters apply to the hits the full-text search returns (up to 1,000).
        var (all, _) = await queries.SearchAsync(Q, filters, 0, 1000, cancellationToken);
        var kept = all.Where(Matches).ToList();
        Hits = kept.Skip(P * PageSize).Take(PageSize).ToList();
        HasMore = kept.Count > (P + 1) * PageSize;
        await log.AppendAsync(Principals.NameOf(User), "search", Request.GetEncodedPathAndQuery(), null, cancellationToken);
    }

    public string PageUrl(int page)
    {
        var query = Request.Query.Where(kv => kv.Key != "p").SelectMany(kv => kv.Value.Select(v => (kv.Key, v)));
        var builder = new QueryBuilder(query.Select(x => new KeyValuePair<string, string>(x.Key, x.v ?? ""))) { { "p", page.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        return "/search" + builder.ToQueryString();
    }

    private bool Matches(SearchHit hit)
    {
        var indicators = hit.Post.Analysis?.Indicators ?? Indicators.Empty;
        if (HasPhone && indicators.Phones.Count == 0)
        {
            return false;
        }

        if ((PriceMin is not null || PriceMax is not null)
            && !indicators.Prices.Any(p => (PriceMin is null || p.Amount >= PriceMin) && (PriceMax is null || p.Amount <= PriceMax)))
        {
            return false;
        }

        return string.IsNullOrWhiteSpace(Route) || string.Equals(TrendsCalculator.RouteOf(indicators), Route.Replace("->", "→", StringComparison.Ordinal).Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
