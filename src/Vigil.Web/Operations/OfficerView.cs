using System.Security.Claims;
using Vigil.Core.Operations;
using Vigil.Core.Posts;
using Vigil.Storage.Audit;
using Vigil.Storage.Operations;
using Vigil.Web.Accounts;
using Vigil.Web.Security;

namespace Vigil.Web.Operations;

/// <summary>The outcome of a request to reveal a post's clear identifiers: the record, or an HTTP status and a sentence.</summary>
public sealed record RevealOutcome(ClearRecord? Record, int Status, string? Problem)
{
    public static RevealOutcome Refused(int status, string problem) => new(null, status, problem);
}

/// <summary>
/// The only way clear identifiers leave an operation's vault: an <c>operation-officer</c> assigned to
/// the operation, within its period (and before it is closed), reveals one post after typing a reason.
/// Every reveal is written to the access log (who, when, which post, which operation, the reason) before
/// the identifiers are returned; refused attempts are logged too. Everyone else — analysts, unassigned
/// officers, officers after the period, DPO, admin — gets nothing but pseudonyms.
/// </summary>
public sealed class OfficerView(OperationRegister register, OperationVaults? vaults, AccessLog log, TimeProvider clock)
{
    /// <summary>Longest reason kept in the log.</summary>
    public const int MaxReason = 500;

    /// <summary>Operations in which <paramref name="user"/> may reveal this post now (empty for everyone else).</summary>
    public async Task<IReadOnlyList<Operation>> RevealableAsync(ClaimsPrincipal user, PostKey key, CancellationToken cancellationToken)
    {
        if (vaults is null || !user.IsInRole(Roles.OperationOfficer))
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var name = Principals.NameOf(user);
        var found = new List<Operation>();
        foreach (var operation in (await register.ListAsync(cancellationToken)).Where(o => o.Authorises(name, now)))
        {
            if (await vaults.FindAsync(operation, key, cancellationToken) is not null)
            {
                found.Add(operation);
            }
        }

        return found;
    }

    /// <summary>Reveals the post's clear identifiers kept by <paramref name="operationName"/>, if <paramref name="user"/> may see them now.</summary>
    public async Task<RevealOutcome> RevealAsync(ClaimsPrincipal user, PostKey key, string? operationName, string? reason, CancellationToken cancellationToken)
    {
        var name = Principals.NameOf(user);
        var target = $"{key} in operation {operationName}";
        var now = clock.GetUtcNow();
        var operation = string.IsNullOrWhiteSpace(operationName) ? null : await register.FindAsync(operationName, cancellationToken);
        if (vaults is null || !user.IsInRole(Roles.OperationOfficer) || operation is null || !operation.Authorises(name, now))
        {
            await log.AppendAsync(name, "reveal-refused", target, "not an officer of this operation within its period", cancellationToken);
            return RevealOutcome.Refused(StatusCodes.Status403Forbidden,
                "Clear identifiers are shown only to operation officers assigned to the operation, within its period.");
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return RevealOutcome.Refused(StatusCodes.Status400BadRequest, "Say why you need the clear identifiers: the reason is written to the access log.");
        }

        if (reason.Length > MaxReason)
        {
            return RevealOutcome.Refused(StatusCodes.Status400BadRequest, $"Keep the reason under {MaxReason} characters.");
        }

        var record = await vaults.FindAsync(operation, key, cancellationToken);
        if (record is null)
        {
            return RevealOutcome.Refused(StatusCodes.Status404NotFound, $"Operation {operation.Name} keeps no clear identifiers for post {key}.");
        }

        // Logged before anything is shown: a reveal that cannot be logged does not happen.
        await log.AppendAsync(name, "reveal-identifiers", target, reason, cancellationToken);
        return new RevealOutcome(record, StatusCodes.Status200OK, null);
    }
}
