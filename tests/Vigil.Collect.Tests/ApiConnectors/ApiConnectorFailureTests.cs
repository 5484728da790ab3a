using Vigil.Testing.Replay;

namespace Vigil.Collect.Tests.ApiConnectors;

/// <summary>
/// What every API connector (Reddit, YouTube, X, VK) does when the platform misbehaves, over real HTTP
/// on 127.0.0.1 with the production resilience pipeline: a 429 with Retry-After and a 500 are retried,
/// malformed JSON, removed sources, a slow server and a redirect to a private address fail that watch
/// with a sentence and store nothing, and a missing credential is said before any request.
/// </summary>
public sealed class ApiConnectorFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<CollectRig> RigAsync(ApiCase c)
    {
        var rig = await CollectRig.StartAsync();
        await rig.AddWatchAsync(c.Platform, c.Target);
        return rig;
    }

    [Theory]
    [MemberData(nameof(ApiCase.All), MemberType = typeof(ApiCase))]
    public async Task Collect_429WithRetryAfterThenPage_WaitsRetriesAndStores(ApiCase c)
    {
        await using var rig = await RigAsync(c);
        var head = c.Head(rig.Server.BaseAddress);
        rig.Server.On(head, Reply.TooManyRequests(1), c.Page);

        var outcome = Assert.Single(await rig.CollectAsync(c.Settings(rig)));

        Assert.Null(outcome.Failure);
        Assert.True(outcome.Counts.Stored > 0);
        Assert.Equal(2, rig.Server.CountOf(head));
        var requests = rig.Server.Requests.Where(r => r.PathAndQuery == head).ToList();
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(0.9), "the retry waited for Retry-After");
    }

    [Theory]
    [MemberData(nameof(ApiCase.All), MemberType = typeof(ApiCase))]
    public async Task Collect_500ThenPage_RetriesAndStores(ApiCase c)
    {
        await using var rig = await RigAsync(c);
        var head = c.Head(rig.Server.BaseAddress);
        rig.Server.On(head, Reply.Empty(500), c.Page);

        var outcome = Assert.Single(await rig.CollectAsync(c.Settings(rig)));

        Assert.Null(outcome.Failure);
        Assert.Equal(outcome.Counts.Stored, await rig.Store.CountAsync(Ct));
        Assert.True(outcome.Counts.Stored > 0);
        Assert.Equal(2, rig.Server.CountOf(head));
    }

    [Theory]
    [MemberData(nameof(ApiCase.All), MemberType = typeof(ApiCase))]
    public async Task Collect_MalformedJson_FailsTheWatchStoresNothingKeepsTheCursor(ApiCase c)
    {
        await using var rig = await RigAsync(c);
        rig.Server.On(c.Head(rig.Server.BaseAddress), Reply.Json("""{"data": {"children": [ {"kind": "t3", "da"""));

        var outcome = Assert.Single(await rig.CollectAsync(c.Settings(rig)));

        Assert.Contains("could not be read", outcome.Failure);
        Assert.StartsWith(c.WatchId, outcome.Failure, StringComparison.Ordinal);
        Assert.Equal(0, await rig.Store.CountAsync(Ct));
        Assert.Null((await rig.WatchAsync(c.WatchId)).Cursor);
    }

    [Theory]
    [MemberData(nameof(ApiCase.All), MemberType = typeof(ApiCase))]
    public async Task Collect_RemovedSource_SaysWhatHappenedAndDoesNotRetry(ApiCase c)
    {
        await using var rig = await RigAsync(c);
        var head = c.Head(rig.Server.BaseAddress);
        rig.Server.On(head, c.Removed);

        var outcome = Assert.Single(await rig.CollectAsync(c.Settings(rig)));

        Assert.Contains(c.RemovedSays, outcome.Failure);
        Assert.Equal(1, rig.Server.CountOf(head));
        Assert.Equal(0, await rig.Store.CountAsync(Ct));
        Assert.DoesNotContain(ApiCase.Token, outcome.Failure);
    }

    [Theory]
    [MemberData(nameof(ApiCase.WithSecret), MemberType = typeof(ApiCase))]
    public async Task Collect_NoCredential_SaysWhichVariableToSetAndFetchesNothing(ApiCase c)
    {
        await using var rig = await RigAsync(c);
        rig.Server.On(c.Head(rig.Server.BaseAddress), c.Page);

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Contains(c.SecretVariable!, outcome.Failure);
        Assert.Contains("nothing was fetched", outcome.Failure);
        Assert.Empty(rig.Server.Requests);
        Assert.Contains(c.SecretVariable!, (await rig.WatchAsync(c.WatchId)).LastOutcome);
    }

    [Theory]
    [MemberData(nameof(ApiCase.WithSecret), MemberType = typeof(ApiCase))]
    public async Task Collect_CredentialGoesInAHeaderOrTheApiParameter_NeverInMessages(ApiCase c)
    {
        await using var rig = await RigAsync(c);
        rig.Server.On(c.Head(rig.Server.BaseAddress), c.Removed);

        var outcome = Assert.Single(await rig.CollectAsync(c.Settings(rig)));

        var request = Assert.Single(rig.Server.Requests);
        Assert.NotNull(outcome.Failure);
        Assert.DoesNotContain(ApiCase.Token, outcome.Failure);
        Assert.DoesNotContain(ApiCase.Token, (await rig.WatchAsync(c.WatchId)).LastOutcome);
        // Only VK takes its token as a parameter (its API has no header for it).
        Assert.Equal(c.Platform == "vk", request.PathAndQuery.Contains(ApiCase.Token, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ApiCase.All), MemberType = typeof(ApiCase))]
    public async Task Collect_SlowServer_TimesOutAndSaysSo(ApiCase c)
    {
        await using var rig = await RigAsync(c);
        rig.Server.On(c.Head(rig.Server.BaseAddress), c.Page.After(TimeSpan.FromSeconds(10)));

        var outcome = Assert.Single(await rig.CollectAsync(c.Settings(rig) with { AttemptTimeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 }));

        Assert.Contains("did not answer in time", outcome.Failure);
        Assert.Equal(0, await rig.Store.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(ApiCase.All), MemberType = typeof(ApiCase))]
    public async Task Collect_RedirectToCloudMetadata_IsRefusedAtConnect(ApiCase c)
    {
        await using var rig = await RigAsync(c);
        var head = c.Head(rig.Server.BaseAddress);
        rig.Server.On(head, Reply.Redirect("http://169.254.169.254/latest/meta-data/"));

        var outcome = Assert.Single(await rig.CollectAsync(c.Settings(rig)));

        Assert.Contains("not a public internet address", outcome.Failure);
        Assert.Equal(1, rig.Server.CountOf(head));
        Assert.Equal(0, await rig.Store.CountAsync(Ct));
    }
}
