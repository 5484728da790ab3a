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
        (Hits, HasMore) = await queries.SearchPageAsync(ToRequest(), P, PageSize, cancellationToken);
        await log.AppendAsync(Principals.NameOf(User), "search", Request.GetEncodedPathAndQuery(), null, cancellationToken);
    }

    public string PageUrl(int page)
    {
        var query = Request.Query.Where(kv => kv.Key != "p").SelectMany(kv => kv.Value.Select(v => (kv.Key, v)));
        var builder = new QueryBuilder(query.Select(x => new KeyValuePair<string, string>(x.Key, x.v ?? ""))) { { "p", page.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        return "/search" + builder.ToQueryString();
    }

    /// <summary>The current query without its page number, for the export form's hidden fields.</summary>
    public IEnumerable<KeyValuePair<string, string>> QueryFields() =>
        Request.Query.Where(kv => kv.Key is not ("p" or "reason")).SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? "")));

    private SearchRequest ToRequest() => SearchRequest.Create(
        Q!, Categories.TryParse(Category, out var c) ? c : null, Lang, Platform, Source, From, Until, HasPhone, PriceMin, PriceMax, Route);
}
