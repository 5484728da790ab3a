using System.Security.Claims;
using Vigil.Web.Accounts;

namespace Vigil.Web.Security;

/// <summary>Claims principals for signed-in accounts, and the name used in the access log.</summary>
public static class Principals
{
    public static ClaimsPrincipal For(UserAccount account, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role)], scheme));

    public static string NameOf(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
