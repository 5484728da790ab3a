using Vigil.Core.Analysis;

namespace Vigil.Analysis.Dedup;

/// <summary>
/// What one post says about its account for network building: the account (a pseudonym in strategic
/// mode), the identifiers it published (phone and handle pseudonyms, e.g. <c>phone:ps_…</c>) and the
/// near-duplicate cluster it belongs to.
/// </summary>
public sealed record AccountActivity(
    string Account,
    string Platform,
    string? Language,
    DateTimeOffset? Seen,
    Category Category,
    IReadOnlyList<string> Identifiers,
    string? ClusterId = null);

/// <summary>Accounts linked by a shared phone, handle or reposted advert, with their span and reach.</summary>
public sealed record AccountNetwork(
    string Id,
    IReadOnlyList<string> Accounts,
    IReadOnlyList<string> SharedLinks,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Languages)
{
    public int Size => Accounts.Count;
}

/// <summary>
/// Connected components of accounts that share a phone number, a handle or a cluster. Only posts in a
/// flagged category (smuggling offers, documents, recruitment, guidance) link accounts: people asking
/// for help (<c>migrant_request</c>), NGOs and journalists are never profiled into networks, whatever
/// the caller passes in.
/// </summary>
public sealed class NetworkBuilder
{
    public IReadOnlyList<AccountNetwork> Build(IEnumerable<AccountActivity> activities)
    {
        var relevant = activities.Where(a => a.Category.IsFlagged() && !string.IsNullOrEmpty(a.Account)).ToList();
        var accountIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = new UnionFind();
        var firstAccountByLink = new Dictionary<string, int>(StringComparer.Ordinal);
        var accountsByLink = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var activity in relevant)
        {
            if (!accountIds.TryGetValue(activity.Account, out var id))
            {
                id = sets.Add();
                accountIds.Add(activity.Account, id);
            }

            foreach (var link in Links(activity))
            {
                if (firstAccountByLink.TryGetValue(link, out var other))
                {
                    sets.Union(id, other);
                }
                else
                {
                    firstAccountByLink.Add(link, id);
                }

                if (!accountsByLink.TryGetValue(link, out var holders))
                {
                    accountsByLink[link] = holders = new HashSet<string>(StringComparer.Ordinal);
                }

                holders.Add(activity.Account);
            }
        }

        return relevant.GroupBy(a => sets.Find(accountIds[a.Account]))
            .Select(g => ToNetwork(g.ToList(), accountsByLink))
            .Where(n => n.Size > 1)
            .OrderByDescending(n => n.Size).ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> Links(AccountActivity activity) =>
        activity.ClusterId is null ? activity.Identifiers : activity.Identifiers.Append("cluster:" + activity.ClusterId);

    private static AccountNetwork ToNetwork(List<AccountActivity> posts, Dictionary<string, HashSet<string>> accountsByLink)
    {
        var accounts = posts.Select(p => p.Account).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var members = accounts.ToHashSet(StringComparer.Ordinal);
        var shared = posts.SelectMany(Links).Distinct(StringComparer.Ordinal)
            .Where(l => accountsByLink[l].Count(members.Contains) > 1)
            .Order(StringComparer.Ordinal).ToList();
        var first = posts.Where(p => p.Seen is not null).OrderBy(p => p.Seen).Select(p => p.Account).FirstOrDefault() ?? accounts[0];
        return new AccountNetwork(
            StableId.From("n_", first),
            accounts,
            shared,
            posts.Min(p => p.Seen),
            posts.Max(p => p.Seen),
            posts.Select(p => p.Platform).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            posts.Select(p => p.Language ?? "und").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }
}
