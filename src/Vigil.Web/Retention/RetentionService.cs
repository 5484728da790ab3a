using Vigil.Storage.Audit;
using Vigil.Web.Data;

namespace Vigil.Web.Retention;

/// <summary>One scheduled purge: when it ran and what it did, or why it failed.</summary>
public sealed record RetentionRun(DateTimeOffset At, PurgeOutcome? Outcome, string? Error);

/// <summary>
/// <c>vigil serve</c>'s scheduled purge: runs the same <see cref="RetentionPurge"/> as <c>vigil purge</c>
/// when the server starts and then every <see cref="RetentionSchedule.Every"/> (times from the injected
/// <see cref="TimeProvider"/>), each run recorded in the access log as a <c>purge</c> entry by
/// <c>serve:&lt;system user&gt;</c>. A failed run is logged (application log and a <c>purge-failed</c>
/// access-log entry when the log can be written) and tried again at the next run; the server keeps serving.
/// </summary>
public sealed partial class RetentionService(
    RetentionPurge purge, RetentionSchedule schedule, DashboardQueries queries, AccessLog log, TimeProvider clock, ILogger<RetentionService> logger)
    : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly List<RetentionRun> _runs = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private int _completed;

    /// <summary>Who the access log names for a scheduled purge.</summary>
    public static string Actor => $"serve:{Environment.UserName}";

    /// <summary>The most recent runs (at most 10), oldest first.</summary>
    public IReadOnlyList<RetentionRun> Runs
    {
        get
        {
            lock (_gate)
            {
                return [.. _runs];
            }
        }
    }

    /// <summary>Completes when <paramref name="count"/> runs (counted since start) have finished, failed or not.</summary>
    public Task WhenRunsCompletedAsync(int count)
    {
        lock (_gate)
        {
            if (_completed >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never purge on the thread that starts the server
        var next = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = next - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            var started = clock.GetUtcNow();
            var run = await RunOnceAsync(stoppingToken);
            if (run is null)
            {
                return; // stopping
            }

            Completed(run);
            // The next run is due one interval after this one was due; after a long pause (a suspended
            // machine) it runs at once rather than catching up run by run.
            next = next + schedule.Every > started ? next + schedule.Every : started;
        }
    }

    private async Task<RetentionRun?> RunOnceAsync(CancellationToken stoppingToken)
    {
        var at = clock.GetUtcNow();
        try
        {
            var outcome = await purge.RunAsync(schedule.Policy, Actor, dryRun: false, stoppingToken);
            queries.Invalidate(); // no cached aggregate may keep what was just purged
            LogPurged(outcome.Report.PostsDeleted, outcome.DecisionsDeleted, outcome.Entry?.Sequence ?? 0);
            return new RetentionRun(at, outcome, null);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            // Whatever went wrong (a locked or full disk, a register altered outside Vigil), the server goes
            // on and the next run tries again. The DPO sees the failure in the access log too.
            LogFailed(e, schedule.Every);
            try
            {
                await log.AppendAsync(Actor, "purge-failed", purge.StorePath, e.Message, stoppingToken);
            }
            catch (Exception logFailure) when (logFailure is not OperationCanceledException)
            {
                LogNotRecorded(logFailure);
            }

            return new RetentionRun(at, null, e.Message);
        }
    }

    private void Completed(RetentionRun run)
    {
        lock (_gate)
        {
            _runs.Add(run);
            if (_runs.Count > 10)
            {
                _runs.RemoveAt(0);
            }

            _completed++;
            foreach (var waiter in _waiters.Where(w => w.Count <= _completed).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.SetResult();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled purge: {Posts} posts and {Decisions} triage decisions deleted; access-log entry {Entry}.")]
    private partial void LogPurged(long posts, long decisions, long entry);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled purge failed; it runs again in {Every}.")]
    private partial void LogFailed(Exception exception, TimeSpan every);

    [LoggerMessage(Level = LogLevel.Error, Message = "The failed purge could not be recorded in the access log either.")]
    private partial void LogNotRecorded(Exception exception);
}
