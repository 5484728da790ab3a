using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Web.Accounts;

namespace Vigil.Web.Pages;

public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.IsInRole(Roles.Analyst) || User.IsInRole(Roles.OperationOfficer) ? Redirect("/triage")
        : User.IsInRole(Roles.Dpo) ? Redirect("/access-log")
        : Redirect("/users");
}
