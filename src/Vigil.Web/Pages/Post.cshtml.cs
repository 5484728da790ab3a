using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Core.Operations;
using Vigil.Core.Posts;
using Vigil.Storage.Audit;
using Vigil.Web.Accounts;
using Vigil.Web.Data;
using Vigil.Web.Decisions;
using Vigil.Web.Operations;
using Vigil.Web.Security;

namespace Vigil.Web.Pages;

[Authorize(Policy = Roles.Policies.Content)]
public sealed class PostModel(DashboardQueries queries, DecisionStore decisions, AccessLog log, OfficerView officer) : PageModel
{
    public StoredPost? Post { get; private set; }

    public ClusterView? Cluster { get; private set; }

    public IReadOnlyList<Decision> History { get; private set; } = [];

    /// <summary>Operations in which the signed-in officer may reveal this post now (empty for everyone else).</summary>
    public IReadOnlyList<Operation> Revealable { get; private set; } = [];

    /// <summary>The clear identifiers after a logged reveal; null otherwise.</summary>
    public ClearRecord? Revealed { get; private set; }

    public string? RevealedIn { get; private set; }

    public string? RevealProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string platform, string nativeId, CancellationToken cancellationToken) =>
        await LoadAsync(new PostKey(platform, nativeId), cancellationToken) ? Page() : NotFound();

    /// <summary>An officer asks for the clear identifiers with a reason; the reveal is logged before it is shown.</summary>
    public async Task<IActionResult> OnPostRevealAsync(string platform, string nativeId, string? operation, string? reason, CancellationToken cancellationToken)
    {
        var key = new PostKey(platform, nativeId);
        var outcome = await officer.RevealAsync(User, key, operation, reason, cancellationToken);
        if (outcome.Status == StatusCodes.Status403Forbidden)
        {
            return Forbid();
        }

        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        Revealed = outcome.Record;
        RevealedIn = outcome.Record is null ? null : operation;
        RevealProblem = outcome.Problem;
        return Page();
    }

    private async Task<bool> LoadAsync(PostKey key, CancellationToken cancellationToken)
    {
        Post = await queries.GetAsync(key, cancellationToken);
        if (Post is null)
        {
            return false;
        }

        await log.AppendAsync(Principals.NameOf(User), "view-post", key.ToString(), null, cancellationToken);
        Cluster = await queries.ClusterOfAsync(key, 50, cancellationToken);
        History = await decisions.ForPostAsync(key, cancellationToken);
        Revealable = await officer.RevealableAsync(User, key, cancellationToken);
        return true;
    }
}
