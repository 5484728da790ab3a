using System.Text.Json;
using Vigil.Core.Analysis;

namespace Vigil.Storage.Retention;

/// <summary>
/// How long each kind of data may be kept, in days since Vigil collected it. The defaults and the
/// reasons for them are in docs/data-protection.md ("Retention"). A policy file (JSON) may change any
/// limit: <c>{"strategic": {"smuggling_offer": 365, …}, "minimisedIdentityDays": 30, "operationGraceDays": 0, "quarantineDays": 30}</c>.
/// </summary>
public sealed record RetentionPolicy
{
    /// <summary>The key for posts stored without an analysis.</summary>
    public const string Unanalysed = "unanalysed";

    /// <summary>Days a pseudonymised post is kept, by category wire name (and <see cref="Unanalysed"/>).</summary>
    public required IReadOnlyDictionary<string, int> StrategicDays { get; init; }

    /// <summary>Days the digest of a minimised (counted, not stored) post is kept to keep re-imports idempotent. The counts themselves are anonymous and stay.</summary>
    public int MinimisedIdentityDays { get; init; } = 30;

    /// <summary>Days an operation's clear identifiers outlive the end of its period or its closing (0: purged at the next run).</summary>
    public int OperationGraceDays { get; init; }

    /// <summary>Days a quarantine file of rejected records (<c>&lt;store&gt;-&lt;UTC time&gt;.quarantine.jsonl</c>, raw text) is kept, counted from the time in its name.</summary>
    public int QuarantineDays { get; init; } = 30;

    /// <summary>The shipped defaults; see docs/data-protection.md for why each limit is what it is.</summary>
    public static RetentionPolicy Default { get; } = new()
    {
        StrategicDays = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [Category.SmugglingOffer.ToWire()] = 730,
            [Category.DocumentFraud.ToWire()] = 730,
            [Category.FacilitatorRecruitment.ToWire()] = 730,
            [Category.GuidanceInfo.ToWire()] = 365,
            [Category.MigrantRequest.ToWire()] = 90,
            [Category.HumanitarianOrNews.ToWire()] = 90,
            [Category.Unrelated.ToWire()] = 30,
            [Unanalysed] = 30,
        },
    };

    /// <summary>The cut-off instants at <paramref name="now"/>: data collected before a cut-off is expired.</summary>
    public RetentionCutoffs CutoffsAt(DateTimeOffset now) => new(
        StrategicDays.ToDictionary(kv => kv.Key, kv => now.AddDays(-kv.Value), StringComparer.Ordinal),
        now.AddDays(-MinimisedIdentityDays),
        now.AddDays(-OperationGraceDays))
    {
        QuarantineFiles = now.AddDays(-QuarantineDays),
    };

    /// <summary>
    /// Reads a policy file over the defaults: limits it names replace the default ones, the rest stay.
    /// Returns an error sentence instead when the file cannot be read, names an unknown category or
    /// gives a limit below 0 days.
    /// </summary>
    public static (RetentionPolicy? Policy, string? Error) Load(string path)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return (null, $"The retention policy '{path}' cannot be read ({e.Message}); fix the file or leave out --policy to use the defaults.");
        }

        using (json)
        {
            var days = new Dictionary<string, int>(Default.StrategicDays, StringComparer.Ordinal);
            var policy = Default;
            foreach (var property in json.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "strategic" when property.Value.ValueKind == JsonValueKind.Object:
                        foreach (var limit in property.Value.EnumerateObject())
                        {
                            if (!days.ContainsKey(limit.Name))
                            {
                                return (null, $"The retention policy names an unknown category '{limit.Name}'; use one of {string.Join(", ", days.Keys)}.");
                            }

                            if (!TryDays(limit.Value, out var d))
                            {
                                return (null, $"The retention limit for '{limit.Name}' must be a whole number of days, 0 or more.");
                            }

                            days[limit.Name] = d;
                        }

                        break;
                    case "minimisedIdentityDays" when TryDays(property.Value, out var m):
                        policy = policy with { MinimisedIdentityDays = m };
                        break;
                    case "operationGraceDays" when TryDays(property.Value, out var g):
                        policy = policy with { OperationGraceDays = g };
                        break;
                    case "quarantineDays" when TryDays(property.Value, out var q):
                        policy = policy with { QuarantineDays = q };
                        break;
                    default:
                        return (null, $"The retention policy has an unknown or malformed setting '{property.Name}'; the settings are strategic, minimisedIdentityDays, operationGraceDays and quarantineDays.");
                }
            }

            return (policy with { StrategicDays = days }, null);
        }
    }

    private static bool TryDays(JsonElement value, out int days)
    {
        days = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out days) && days >= 0;
    }
}

/// <summary>Cut-off instants of a policy at one moment: data collected (or ended) before them is expired.</summary>
public sealed record RetentionCutoffs(
    IReadOnlyDictionary<string, DateTimeOffset> PostsByCategory,
    DateTimeOffset MinimisedIdentities,
    DateTimeOffset OperationsEndedBefore)
{
    /// <summary>Quarantine files named with a time before this are expired (by default none).</summary>
    public DateTimeOffset QuarantineFiles { get; init; } = DateTimeOffset.MinValue;
}

/// <summary>
/// What a purge deleted (or, in a dry run, would delete): posts per category, labels deleted with them,
/// minimised-post digests, and the number of posts before and after.
/// </summary>
public sealed record PurgeReport(
    IReadOnlyDictionary<string, long> PostsDeletedByCategory,
    long LabelsDeleted,
    long MinimisedIdentitiesDeleted,
    long PostsBefore,
    long PostsAfter,
    bool DryRun)
{
    public long PostsDeleted => PostsDeletedByCategory.Values.Sum();
}
