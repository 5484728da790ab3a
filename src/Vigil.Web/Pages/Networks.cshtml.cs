using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Analysis.Dedup;
using Vigil.Storage.Audit;
using Vigil.Web.Accounts;
using Vigil.Web.Data;
using Vigil.Web.Security;

namespace Vigil.Web.Pages;

[Authorize(Policy = Roles.Policies.Content)]
public sealed class NetworksModel(DashboardQueries queries, AccessLog log) : PageModel
{
    public IReadOnlyList<AccountNetwork> Networks { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Links { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Accounts and shared links drawn and listed per network; the rest are counted.</summary>
    public const int Shown = 40;

    public DedupState? State { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Networks = (await queries.NetworksAsync(cancellationToken)).Take(20).ToList();
        Links = await queries.LinksByAccountAsync(cancellationToken);
        State = await queries.DedupStateAsync(cancellationToken);
        await log.AppendAsync(Principals.NameOf(User), "view-networks", "networks", null, cancellationToken);
    }
}
