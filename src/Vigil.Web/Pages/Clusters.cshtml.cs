using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage.Audit;
using Vigil.Web.Accounts;
using Vigil.Web.Data;
using Vigil.Web.Security;

namespace Vigil.Web.Pages;

[Authorize(Policy = Roles.Policies.Content)]
public sealed class ClustersModel(DashboardQueries queries, AccessLog log) : PageModel
{
    public IReadOnlyList<ClusterView> Clusters { get; private set; } = [];

    public DedupState? State { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Clusters = await queries.ClustersAsync(20, 4, cancellationToken);
        State = await queries.DedupStateAsync(cancellationToken);
        await log.AppendAsync(Principals.NameOf(User), "view-clusters", "clusters", null, cancellationToken);
    }
}
