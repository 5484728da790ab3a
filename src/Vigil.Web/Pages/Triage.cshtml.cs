using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Audit;
using Vigil.Web.Accounts;
using Vigil.Web.Data;
using Vigil.Web.Decisions;
using Vigil.Web.Security;

namespace Vigil.Web.Pages;

[Authorize(Policy = Roles.Policies.Content)]
public sealed class TriageModel(DashboardQueries queries, TriageRecorder recorder, AccessLog log) : PageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<StoredPost> Posts { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(0, PageNumber);
        Posts = await queries.TriageAsync(PageNumber * PageSize, PageSize, cancellationToken);
        await log.AppendAsync(Principals.NameOf(User), "view-triage", $"page {PageNumber}", null, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string platform, string nativeId, DecisionKind kind, string? category, string? operation, string? reason, CancellationToken cancellationToken)
    {
        var key = new PostKey(platform, nativeId);
        Category? corrected = kind == DecisionKind.Correct && Categories.TryParse(category, out var c) ? c : null;
        if (kind == DecisionKind.Correct && corrected is null)
        {
            return BadRequest();
        }

        var op = kind == DecisionKind.AddToOperation ? operation?.Trim() : null;
        if (kind == DecisionKind.AddToOperation && string.IsNullOrEmpty(op))
        {
            Message = "Name the operation to add the post to.";
            await OnGetAsync(cancellationToken);
            return Page();
        }

        if (await recorder.RecordAsync(key, kind, corrected, op, Principals.NameOf(User), reason, cancellationToken) is null)
        {
            return NotFound();
        }

        await log.AppendAsync(Principals.NameOf(User), "decide:" + kind, key.ToString(), corrected?.ToWire() ?? op, cancellationToken);
        Message = $"Recorded: {kind} on {key}.";
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
