using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage.Audit;
using Vigil.Web.Accounts;
using Vigil.Web.Security;

namespace Vigil.Web.Pages;

[Authorize(Policy = Roles.Policies.AccessLog)]
public sealed class AccessLogModel(AccessLog log) : PageModel
{
    public IReadOnlyList<AccessLogEntry> Entries { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await log.AppendAsync(Principals.NameOf(User), "view-access-log", "access-log", null, cancellationToken);
        Verification = await log.VerifyAsync(cancellationToken);
        Entries = await log.RecentAsync(500, cancellationToken);
    }
}
