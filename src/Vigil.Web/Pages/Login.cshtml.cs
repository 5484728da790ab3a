using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage.Audit;
using Vigil.Web.Accounts;
using Vigil.Web.Security;

namespace Vigil.Web.Pages;

[AllowAnonymous]
public sealed class LoginModel(UserDirectory users, AccessLog log) : PageModel
{
    public string? Error { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string name, string password, CancellationToken cancellationToken)
    {
        var result = await users.SignInAsync(name ?? "", password ?? "", cancellationToken);
        await log.AppendAsync(name ?? "", result.Outcome == SignInOutcome.Success ? "sign-in" : "sign-in-refused", "session", result.Outcome.ToString(), cancellationToken);
        if (result is { Outcome: SignInOutcome.Success, User: { } account })
        {
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principals.For(account, CookieAuthenticationDefaults.AuthenticationScheme));
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Error = result.Outcome == SignInOutcome.LockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator."
            : "The user name or password is wrong.";
        return Page();
    }
}
