using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage.Audit;
using Vigil.Web.Accounts;
using Vigil.Web.Security;

namespace Vigil.Web.Pages;

[Authorize(Policy = Roles.Policies.Users)]
public sealed class UsersModel(UserDirectory users, AccessLog log) : PageModel
{
    public IReadOnlyList<UserAccount> Accounts { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Accounts = await users.ListAsync(cancellationToken);

    public async Task OnPostAsync(string name, string password, string role, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || (password?.Length ?? 0) < 12 || !Roles.IsValid(role))
        {
            Message = "Give a name, a password of at least 12 characters and one of the roles.";
        }
        else if (await users.AddAsync(name.Trim(), password!, role, cancellationToken))
        {
            await log.AppendAsync(Principals.NameOf(User), "add-user", name.Trim(), role, cancellationToken);
            Message = $"Added {name.Trim()} ({role}).";
        }
        else
        {
            Message = $"There is already a user called {name.Trim()}.";
        }

        await OnGetAsync(cancellationToken);
    }
}
