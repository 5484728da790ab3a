using Vigil.Testing.Replay;

namespace Vigil.Collect.Tests;

/// <summary>How collection behaves when sources misbehave: retries, rate limits, timeouts, gone sources, bad pages, SSRF.</summary>
public sealed class CollectorFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Collect_ServerErrorThenSuccess_RetriesAndStoresThePage()
    {
        await using var rig = await CollectRig.StartAsync();
        var page = TelegramPreview.Page("flaky_chan", [1, 2, 3], hasOlder: false);
        rig.Server.On("/s/flaky_chan", Reply.Empty(500), Reply.Empty(503), Reply.Html(page));
        await rig.AddWatchAsync("telegram", "flaky_chan");

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Null(outcome.Failure);
        Assert.Equal(3, outcome.Counts.Stored);
        Assert.Equal(3, rig.Server.CountOf("/s/flaky_chan"));
    }

    [Fact]
    public async Task Collect_ServerErrorsBeyondRetries_ReportsTheSourceAndStoresNothingForIt()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Server.On("/s/broken_chan", Reply.Empty(502));
        await rig.AddWatchAsync("telegram", "broken_chan");

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Contains("HTTP 502", outcome.Failure);
        Assert.Equal(3, rig.Server.CountOf("/s/broken_chan")); // first try + 2 retries
        Assert.Null((await rig.WatchAsync("telegram:broken_chan")).Cursor);
        Assert.Contains("failed", (await rig.WatchAsync("telegram:broken_chan")).LastOutcome);
    }

    [Fact]
    public async Task Collect_TooManyRequestsWithRetryAfter_WaitsAsAskedThenSucceeds()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Server.On("/s/busy_chan", Reply.TooManyRequests(1), Reply.Html(TelegramPreview.Page("busy_chan", [5, 6], hasOlder: false)));
        await rig.AddWatchAsync("telegram", "busy_chan");

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Null(outcome.Failure);
        Assert.Equal(2, outcome.Counts.Stored);
        var requests = rig.Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {(requests[1].At - requests[0].At).TotalMilliseconds} ms, Retry-After asked 1 s");
    }

    [Fact]
    public async Task Collect_RetryAfterLongerThanTheInstallationWaits_DoesNotRetryAndReportsRateLimit()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Server.On("/s/busy_chan", Reply.TooManyRequests(3600));
        await rig.AddWatchAsync("telegram", "busy_chan");

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Contains("rate limiting", outcome.Failure);
        Assert.Contains("3600 s", outcome.Failure);
        Assert.Equal(1, rig.Server.CountOf("/s/busy_chan"));
    }

    [Fact]
    public async Task Collect_ChannelGone_ReportsItAndTheOtherWatchesGoOn()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.ServeTelegram("alive_chan", newest: 3);
        await rig.AddWatchAsync("telegram", "alive_chan");
        await rig.AddWatchAsync("telegram", "gone_chan"); // no route: 404

        var outcomes = await rig.CollectAsync();

        var gone = Assert.Single(outcomes, o => o.WatchId == "telegram:gone_chan");
        Assert.Contains("does not exist (HTTP 404)", gone.Failure);
        Assert.Contains("vigil watch remove telegram:gone_chan", gone.Failure);
        Assert.Equal(1, rig.Server.CountOf("/s/gone_chan")); // a 404 is not retried
        var alive = Assert.Single(outcomes, o => o.WatchId == "telegram:alive_chan");
        Assert.Null(alive.Failure);
        Assert.Equal(3, alive.Counts.Stored);
    }

    [Fact]
    public async Task Collect_SlowServer_TimesOutAndReportsIt()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Server.On("/s/slow_chan", Reply.Html(TelegramPreview.Page("slow_chan", [1], hasOlder: false)).After(TimeSpan.FromSeconds(10)));
        await rig.AddWatchAsync("telegram", "slow_chan");

        var outcome = Assert.Single(await rig.CollectAsync(rig.Settings(s => s with { AttemptTimeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 })));

        Assert.NotNull(outcome.Failure);
        Assert.Contains("did not answer in time", outcome.Failure);
        Assert.Equal(0, await rig.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Collect_MalformedPage_IsReportedNotStoredAndTheCursorStays()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Server.On("/s/odd_chan", Reply.Html("<html><body><h1>Something else entirely</h1><div class=\"tgme_widget_message\"></body>"));
        await rig.AddWatchAsync("telegram", "odd_chan");

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Contains("not a public channel preview", outcome.Failure);
        Assert.Equal(0, await rig.Store.CountAsync(Ct));
        Assert.Null((await rig.WatchAsync("telegram:odd_chan")).Cursor);
    }

    [Fact]
    public async Task Collect_MessageWithoutId_IsQuarantinedAndTheRestStored()
    {
        await using var rig = await CollectRig.StartAsync();
        var page = TelegramPreview.Page("mixed_chan", [1, 2], hasOlder: false)
            .Replace("data-post=\"mixed_chan/2\"", "data-post=\"\"", StringComparison.Ordinal)
            .Replace("class=\"tgme_widget_message text_not_supported_wrap js-widget_message\" data-post=\"\"", "class=\"tgme_widget_message text_not_supported_wrap js-widget_message\" data-post=\"mixed_chan/\"", StringComparison.Ordinal);
        rig.Server.On("/s/mixed_chan", Reply.Html(page));
        await rig.AddWatchAsync("telegram", "mixed_chan");

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Null(outcome.Failure);
        Assert.Equal(1, outcome.Counts.Stored);
        Assert.Equal(1, outcome.Counts.Rejected);
        Assert.Equal(1, rig.Quarantine.Count);
        Assert.Equal("1", (await rig.WatchAsync("telegram:mixed_chan")).Cursor);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.7/s/x")]
    [InlineData("http://[::1]:80/s/x")]
    [InlineData("http://127.0.0.1:5432/")]
    public async Task Collect_RedirectToAPrivateAddress_IsRefusedAtConnect(string location)
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Server.On("/s/tricky_chan", Reply.Redirect(location));
        await rig.AddWatchAsync("telegram", "tricky_chan");

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Contains("not a public internet address", outcome.Failure);
        Assert.Equal(1, rig.Server.CountOf("/s/tricky_chan")); // refusals are not retried
        Assert.Equal(0, await rig.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Collect_LoopbackNotExplicitlyAllowed_IsRefused()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.ServeTelegram("local_chan", newest: 3);
        await rig.AddWatchAsync("telegram", "local_chan");

        var outcome = Assert.Single(await rig.CollectAsync(rig.Settings(s => s with { AllowedPrivateEndpoints = new HashSet<string>() })));

        Assert.Contains("not a public internet address", outcome.Failure);
        Assert.Empty(rig.Server.Requests);
    }

    [Fact]
    public async Task Collect_UnknownPlatform_IsReportedForThatWatchOnly()
    {
        await using var rig = await CollectRig.StartAsync();
        await rig.AddWatchAsync("myspace", "someone");
        rig.ServeTelegram("alive_chan", newest: 2);
        await rig.AddWatchAsync("telegram", "alive_chan");

        var outcomes = await rig.CollectAsync();

        Assert.Contains("no connector for 'myspace'", Assert.Single(outcomes, o => o.WatchId == "myspace:someone").Failure);
        Assert.Equal(2, Assert.Single(outcomes, o => o.WatchId == "telegram:alive_chan").Counts.Stored);
    }
}
