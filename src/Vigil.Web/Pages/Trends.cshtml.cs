using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage;
using Vigil.Storage.Audit;
using Vigil.Web.Accounts;
using Vigil.Web.Data;
using Vigil.Web.Security;

namespace Vigil.Web.Pages;

[Authorize(Policy = Roles.Policies.Content)]
public sealed class TrendsModel(DashboardQueries queries, AccessLog log) : PageModel
{
    public TrendsView? View { get; private set; }

    /// <summary>Posts analysed as unrelated: counted at import by day, platform and language, never stored (minimisation).</summary>
    public IReadOnlyList<MinimisedCount> Minimised { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await queries.TrendsAsync(cancellationToken);
        Minimised = await queries.Store.MinimisedCountsAsync(cancellationToken);
        await log.AppendAsync(Principals.NameOf(User), "view-trends", "trends", null, cancellationToken);
    }
}
