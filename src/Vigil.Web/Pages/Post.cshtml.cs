using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Core.Posts;
using Vigil.Storage.Audit;
using Vigil.Web.Accounts;
using Vigil.Web.Data;
using Vigil.Web.Decisions;
using Vigil.Web.Security;

namespace Vigil.Web.Pages;

[Authorize(Policy = Roles.Policies.Content)]
public sealed class PostModel(DashboardQueries queries, DecisionStore decisions, AccessLog log) : PageModel
{
    public StoredPost? Post { get; private set; }

    public ClusterView? Cluster { get; private set; }

    public IReadOnlyList<Decision> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string platform, string nativeId, CancellationToken cancellationToken)
    {
        var key = new PostKey(platform, nativeId);
        Post = await queries.GetAsync(key, cancellationToken);
        if (Post is null)
        {
            return NotFound();
        }

        await log.AppendAsync(Principals.NameOf(User), "view-post", key.ToString(), null, cancellationToken);
        Cluster = await queries.ClusterOfAsync(key, cancellationToken);
        History = await decisions.ForPostAsync(key, cancellationToken);
        return Page();
    }
}
