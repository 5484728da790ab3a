using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Core.Operations;
using Vigil.Storage;
using Vigil.Storage.Audit;
using Vigil.Storage.Operations;
using Vigil.Storage.Retention;
using Vigil.Web.Decisions;
using Vigil.Web.Hosting;

namespace Vigil.Web.Retention;

/// <summary>An operation whose clear identifiers a purge erased (or, in a dry run, would erase): its vault's records, and whether its data key was destroyed.</summary>
public sealed record OperationErasure(string Name, DateTimeOffset Ended, long ClearRecords, bool KeyDestroyed);

/// <summary>What one purge did: the policy and its cut-offs, what was deleted, and the access-log entry that records it (null in a dry run).</summary>
public sealed record PurgeOutcome(
    DateTimeOffset At,
    RetentionPolicy Policy,
    RetentionCutoffs Cutoffs,
    PurgeReport Report,
    long DecisionsDeleted,
    IReadOnlyList<string> QuarantineFilesDeleted,
    IReadOnlyList<OperationErasure> Operations,
    AccessLogEntry? Entry);

/// <summary>
/// The retention purge of one store, as <c>vigil purge</c> and <c>vigil serve</c>'s scheduled purge both run
/// it: expired posts (with their index entries and labels) and minimised-post digests
/// (<see cref="IPostStore.PurgeAsync"/>), the triage decisions about posts no longer stored, expired
/// quarantine files, and the data keys and vaults of operations that ended or were closed (vaults of
/// running operations still sealed the old way are re-sealed under their own data key); then a
/// <c>purge</c> entry in the hash-chained access log. See docs/data-protection.md, "Retention".
/// </summary>
/// <param name="storePath">The store's file: the security database, vault folder and quarantine files are found next to it.</param>
/// <param name="store">The store, opened for writing.</param>
/// <param name="vaults">The store's operation vaults, or null when it has none.</param>
/// <param name="clock">Now, for the cut-offs and the log.</param>
public sealed class RetentionPurge(string storePath, IPostStore store, OperationVaults? vaults, TimeProvider clock)
{
    /// <summary>The store this purge runs on.</summary>
    public string StorePath => storePath;

    /// <summary>
    /// Runs the purge under <paramref name="policy"/> at the clock's now. The operation register is read
    /// first: when it cannot be trusted (altered outside Vigil) nothing is deleted and
    /// <see cref="InvalidDataException"/> says why.
    /// </summary>
    public async Task<PurgeOutcome> RunAsync(RetentionPolicy policy, string actor, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var now = clock.GetUtcNow();
        var cutoffs = policy.CutoffsAt(now);
        var security = VigilWebOptions.SecurityPathFor(storePath);
        var (ended, running) = await OperationsAsync(security, cutoffs, cancellationToken);

        var report = await store.PurgeAsync(cutoffs, dryRun, cancellationToken);
        var decisions = File.Exists(security)
            ? await (await DecisionStore.OpenAsync(security, clock, cancellationToken)).DeleteForMissingPostsAsync(store, dryRun, cancellationToken)
            : 0;
        var quarantine = ExpiredQuarantineFiles(cutoffs.QuarantineFiles);
        if (!dryRun)
        {
            quarantine.ForEach(File.Delete);
        }

        var erased = new List<OperationErasure>();
        var log = dryRun ? null : await AccessLog.OpenAsync(security, clock, cancellationToken);
        foreach (var (operation, endedAt) in ended)
        {
            var why = $"operation ended {endedAt:yyyy-MM-dd HH:mm} UTC; retention purge";
            bool destroyed;
            long count;
            if (log is null)
            {
                (destroyed, count) = (await vaults!.Keyring.HasKeyAsync(operation.Id, cancellationToken), await vaults.CountAsync(operation, cancellationToken));
            }
            else
            {
                destroyed = await vaults!.Keyring.DestroyAsync(operation.Id, now, actor, why, cancellationToken);
                if (destroyed)
                {
                    await log.AppendAsync(actor, "operation-key-destroy", operation.Name, why + ": the vault's data key was destroyed; no copy of the vault can be read any more", cancellationToken);
                }

                count = await vaults.EraseAsync(operation, cancellationToken);
                await log.AppendAsync(actor, "operation-erase", operation.Name, $"{why}; vault with {count} clear records deleted", cancellationToken);
            }

            erased.Add(new OperationErasure(operation.Name, endedAt, count, destroyed));
        }

        if (!dryRun)
        {
            foreach (var operation in running)
            {
                await vaults!.UpgradeAsync(operation, cancellationToken);
            }
        }

        var quarantineNames = quarantine.Select(Path.GetFileName).ToList();
        var outcome = new PurgeOutcome(now, policy, cutoffs, report, decisions, quarantineNames!, erased, null);
        return log is null ? outcome : outcome with { Entry = await log.AppendAsync(actor, "purge", storePath, Record(outcome), cancellationToken) };
    }

    /// <summary>The purge record kept in the access log: the policy, its cut-offs and what was deleted.</summary>
    public static string Record(PurgeOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var (policy, cutoffs, report) = (outcome.Policy, outcome.Cutoffs, outcome.Report);
        return JsonSerializer.Serialize(new
        {
            at = Iso(outcome.At),
            policy = new { strategicDays = policy.StrategicDays, policy.MinimisedIdentityDays, policy.OperationGraceDays, policy.QuarantineDays },
            cutoffs = new
            {
                posts = cutoffs.PostsByCategory.ToDictionary(c => c.Key, c => Iso(c.Value)),
                minimisedIdentities = Iso(cutoffs.MinimisedIdentities),
                operationsEndedBefore = Iso(cutoffs.OperationsEndedBefore),
                quarantineFiles = Iso(cutoffs.QuarantineFiles),
            },
            deleted = new
            {
                posts = report.PostsDeletedByCategory,
                labels = report.LabelsDeleted,
                decisions = outcome.DecisionsDeleted,
                minimisedIdentities = report.MinimisedIdentitiesDeleted,
                quarantineFiles = outcome.QuarantineFilesDeleted.Count,
                operationClearRecords = outcome.Operations.ToDictionary(o => o.Name, o => o.ClearRecords, StringComparer.Ordinal),
            },
            postsBefore = report.PostsBefore,
            postsAfter = report.PostsAfter,
        });
    }

    /// <summary>An instant as the purge record and messages write it (UTC, seconds).</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The operations whose key or vault is to go (ended before the cut-off), and the running ones that have a vault.</summary>
    private async Task<(List<(Operation Operation, DateTimeOffset Ended)> Ended, List<Operation> Running)> OperationsAsync(
        string security, RetentionCutoffs cutoffs, CancellationToken cancellationToken)
    {
        if (vaults is null || !File.Exists(security) || !Directory.Exists(vaults.Folder))
        {
            return ([], []);
        }

        var now = clock.GetUtcNow();
        var register = await OperationRegister.OpenAsync(security, clock, cancellationToken);
        var (ended, running) = (new List<(Operation, DateTimeOffset)>(), new List<Operation>());
        foreach (var operation in await register.ListAsync(cancellationToken))
        {
            var hasVault = File.Exists(vaults.PathOf(operation));
            if (operation.EndedAt(now) is not { } endedAt)
            {
                if (hasVault)
                {
                    running.Add(operation);
                }
            }
            else if (endedAt <= cutoffs.OperationsEndedBefore && (hasVault || await vaults.Keyring.HasKeyAsync(operation.Id, cancellationToken)))
            {
                ended.Add((operation, endedAt));
            }
        }

        return (ended, running);
    }

    /// <summary>The store's quarantine files (<c>&lt;store&gt;-[collect-]yyyyMMddTHHmmssZ.quarantine.jsonl</c>) named with a time before <paramref name="cutoff"/>.</summary>
    private List<string> ExpiredQuarantineFiles(DateTimeOffset cutoff)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(storePath)) ?? ".";
        var name = new Regex("^" + Regex.Escape(Path.GetFileNameWithoutExtension(storePath)) + @"-(?:collect-)?(\d{8}T\d{6}Z)\.quarantine\.jsonl$", RegexOptions.CultureInvariant);
        return [.. Directory.EnumerateFiles(folder, "*.quarantine.jsonl")
            .Where(f => name.Match(Path.GetFileName(f)) is { Success: true } m
                && DateTimeOffset.TryParseExact(m.Groups[1].Value, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                && at < cutoff)
            .Order(StringComparer.Ordinal)];
    }
}
