using System.Net;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage;
using Vigil.Storage.Audit;
using Vigil.Storage.Operations;
using Vigil.Storage.Retention;
using Vigil.Storage.Sqlite;
using Vigil.Testing;
using Vigil.Web.Decisions;
using Vigil.Web.Hosting;
using Vigil.Web.Retention;

namespace Vigil.Web.Tests.Retention;

/// <summary>
/// The purge `vigil serve` runs by itself (<see cref="RetentionService"/>), hosted exactly as the server
/// hosts it, over a real SQLite store and security database; time is a fake clock the tests advance.
/// </summary>
public sealed class ScheduledPurgeTests : IAsyncDisposable
{
    private static readonly PostKey OldRequest = new("telegram", "old-request");
    private static readonly PostKey NewOffer = new("telegram", "new-offer");
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    private readonly string _dir = TestPaths.TempDir("vigil-scheduled-purge");
    private readonly FakeTimeProvider _clock = Clocks.At();
    private VigilAppFactory? _factory;

    private string StorePath => Path.Combine(_dir, "vigil.db");
    private string SecurityPath => VigilWebOptions.SecurityPathFor(StorePath);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Serve_PurgesAtStartAndThenDaily_EachRunInTheAccessLog_DecisionsGoWithTheirPosts()
    {
        await SeedAsync();
        var decisions = await DecisionStore.OpenAsync(SecurityPath, _clock, Ct);
        await decisions.AddAsync(OldRequest, DecisionKind.Dismiss, null, null, "analyst1", Ct);
        await decisions.AddAsync(NewOffer, DecisionKind.Confirm, null, null, "analyst1", Ct);

        var service = Start();
        await service.WhenRunsCompletedAsync(1).WaitAsync(Guard, Ct);

        Assert.Null(await GetAsync(OldRequest)); // a migrant's request kept 100 days: over its 90
        Assert.NotNull(await GetAsync(NewOffer));
        Assert.Empty(await decisions.ForPostAsync(OldRequest, Ct));
        Assert.Single(await decisions.ForPostAsync(NewOffer, Ct));
        var first = Assert.Single(service.Runs);
        Assert.Null(first.Error);
        Assert.Equal((1L, 1L), (first.Outcome!.Report.PostsDeleted, first.Outcome.DecisionsDeleted));

        // A request collected 89.5 days ago expires during the next day: the next run, one day later, takes it.
        var store = _factory!.Services.GetRequiredService<IStore>();
        await store.WriteAsync([Post("aging-request", Category.MigrantRequest, _clock.GetUtcNow().AddDays(-89.5))], Ct);
        _clock.Advance(TimeSpan.FromDays(1));
        await service.WhenRunsCompletedAsync(2).WaitAsync(Guard, Ct);

        Assert.Null(await GetAsync(new PostKey("telegram", "aging-request")));
        Assert.Equal(Some.Instant.AddDays(1), service.Runs[1].At);
        var log = await AccessLog.OpenAsync(SecurityPath, _clock, Ct);
        var purges = (await log.RecentAsync(100, Ct)).Where(e => e.Action == "purge").OrderBy(e => e.Sequence).ToList();
        Assert.Equal(2, purges.Count);
        Assert.All(purges, p => Assert.Equal(RetentionService.Actor, p.User));
        Assert.Contains("\"decisions\":1", purges[0].Reason);
        Assert.True((await log.VerifyAsync(Ct)).Intact);
    }

    [Fact]
    public async Task Serve_FailedPurge_IsLoggedAndRetriedNextRun_WhileTheServerKeepsServing()
    {
        await SeedAsync();
        var key = RandomNumberGenerator.GetBytes(OperationVaults.KeyLength);
        var register = await OperationRegister.OpenAsync(SecurityPath, _clock, Ct);
        await register.CreateAsync(new OperationDraft("aegean", "court order", "organisers", "police", Some.Instant.AddDays(-1), Some.Instant.AddDays(30), []), "dpo1", Ct);
        Directory.CreateDirectory(OperationVaults.FolderFor(StorePath));
        await ExecuteOnSecurityAsync("INSERT INTO operation_events (operation_id, name, kind, body, log_seq) VALUES ('x', 'ghost', 'create', '{}', 1)");

        var service = Start(key);
        await service.WhenRunsCompletedAsync(1).WaitAsync(Guard, Ct);

        Assert.Contains("altered outside Vigil", service.Runs[0].Error);
        Assert.NotNull(await GetAsync(OldRequest)); // nothing purged while the register cannot be trusted
        var log = await AccessLog.OpenAsync(SecurityPath, _clock, Ct);
        Assert.Contains(await log.RecentAsync(10, Ct), e => e.Action == "purge-failed" && e.User == RetentionService.Actor);
        using (var client = _factory!.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/login", UriKind.Relative), Ct)).StatusCode);
        }

        // The DPO removes the forged event; the next day's run succeeds.
        await ExecuteOnSecurityAsync("DROP TRIGGER operation_events_no_delete; DELETE FROM operation_events WHERE name = 'ghost'");
        _clock.Advance(TimeSpan.FromDays(1));
        await service.WhenRunsCompletedAsync(2).WaitAsync(Guard, Ct);

        Assert.Null(service.Runs[1].Error);
        Assert.Null(await GetAsync(OldRequest));
        Assert.Contains(await log.RecentAsync(10, Ct), e => e.Action == "purge");
    }

    [Theory]
    [InlineData(null, false, 24 * 60)]
    [InlineData("", false, 24 * 60)]
    [InlineData("6h", false, 6 * 60)]
    [InlineData("30m", false, 30)]
    [InlineData("2d", false, 48 * 60)]
    [InlineData("off", true, 0)]
    public void ParseEvery_Intervals(string? text, bool off, int minutes)
    {
        var (isOff, every, error) = RetentionSchedule.ParseEvery(text);

        Assert.Null(error);
        Assert.Equal(off, isOff);
        Assert.Equal(TimeSpan.FromMinutes(minutes), every);
    }

    [Theory]
    [InlineData("daily", "is not a purge interval")]
    [InlineData("-1h", "is not a purge interval")]
    [InlineData("12", "is not a purge interval")]
    [InlineData("1m", "too short")]
    public void ParseEvery_Nonsense_OneSentence(string text, string expected)
    {
        var (_, _, error) = RetentionSchedule.ParseEvery(text);

        Assert.Contains(expected, error);
    }

    private async Task SeedAsync()
    {
        await using var store = await SqlitePostStore.OpenAsync(StorePath, cancellationToken: Ct);
        await store.WriteAsync(
        [
            Post(OldRequest.NativeId, Category.MigrantRequest, Some.Instant.AddDays(-100)),
            Post(NewOffer.NativeId, Category.SmugglingOffer, Some.Instant.AddDays(-1)),
        ], Ct);
    }

    private RetentionService Start(byte[]? operationsKey = null)
    {
        _factory = new VigilAppFactory(
            new VigilWebOptions(StorePath, SecurityPath, ["http://127.0.0.1:0"])
            {
                OperationsKey = operationsKey,
                Retention = new RetentionSchedule(RetentionSchedule.Daily, RetentionPolicy.Default),
            },
            _clock);
        _ = _factory.Server; // starts the host and its hosted services
        return _factory.Services.GetRequiredService<RetentionService>();
    }

    private Task<StoredPost?> GetAsync(PostKey key) => _factory!.Services.GetRequiredService<IStore>().GetAsync(key, Ct);

    private async Task ExecuteOnSecurityAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={SecurityPath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static StoredPost Post(string id, Category category, DateTimeOffset collectedAt) => new()
    {
        Key = new PostKey("telegram", id),
        Source = "channel",
        Author = "ps_00aa11bb22cc33dd",
        Text = $"scheduled purge test post {id}",
        CreatedAt = collectedAt,
        CollectedAt = collectedAt,
        Analysis = new PostAnalysis
        {
            Language = new LanguageGuess("en", 0.9),
            Category = category,
            Confidence = 0.9,
            Scores = new Dictionary<Category, double> { [category] = 0.9 },
            Indicators = new Indicators(),
            Explanation = ["test"],
        },
    };

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
