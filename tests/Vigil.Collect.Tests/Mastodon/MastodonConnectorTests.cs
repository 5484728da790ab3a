using Vigil.Collect.Mastodon;
using Vigil.Testing.Replay;

namespace Vigil.Collect.Tests.Mastodon;

/// <summary>The Mastodon connector against a loopback replay of the real API payload shape.</summary>
public sealed class MastodonConnectorTests
{
    private const string Tag = "/api/v1/timelines/tag/migration";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void Serve(CollectRig rig, string path, long newest, int perPage)
    {
        foreach (var (route, json) in MastodonTimeline.Routes(path, newest, perPage))
        {
            rig.Server.On(route, Reply.Json(json));
        }
    }

    [Fact]
    public async Task Collect_FirstRunThenNewStatuses_PagesBackwardsThenForwardsFromTheCursor()
    {
        await using var rig = await CollectRig.StartAsync();
        Serve(rig, Tag, newest: 7, perPage: 3);
        await rig.AddWatchAsync("mastodon", "mastodon.social/tags/migration");

        var first = Assert.Single(await rig.CollectAsync());
        var afterFirst = rig.Server.Requests.Count;
        Serve(rig, Tag, newest: 12, perPage: 3);
        var second = Assert.Single(await rig.CollectAsync());

        Assert.Null(first.Failure);
        Assert.Equal(7, first.Counts.Stored);
        Assert.Equal(
            [$"{Tag}?limit=40", $"{Tag}?limit=40&max_id=5", $"{Tag}?limit=40&max_id=2", $"{Tag}?limit=40&max_id=1"],
            rig.Server.Requests.Take(afterFirst).Select(r => r.PathAndQuery));
        Assert.Equal(5, second.Counts.Stored);
        Assert.Equal(0, second.Counts.Duplicates);
        Assert.Equal(
            [$"{Tag}?limit=40&min_id=7", $"{Tag}?limit=40&min_id=10", $"{Tag}?limit=40&min_id=12"],
            rig.Server.Requests.Skip(afterFirst).Select(r => r.PathAndQuery));
        Assert.Equal("12", (await rig.WatchAsync("mastodon:mastodon.social/tags/migration")).Cursor);
        Assert.Equal(12, await rig.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Collect_MorePagesThanTheLimitSinceTheCursor_TakesTheRestNextRunWithoutAGap()
    {
        await using var rig = await CollectRig.StartAsync();
        Serve(rig, Tag, newest: 2, perPage: 3);
        await rig.AddWatchAsync("mastodon", "mastodon.social/tags/migration");
        await rig.CollectAsync();
        Serve(rig, Tag, newest: 20, perPage: 3);

        var limited = Assert.Single(await rig.CollectAsync(rig.Settings(s => s with { MaxPages = 2 })));
        var rest = Assert.Single(await rig.CollectAsync());

        Assert.Equal(6, limited.Counts.Stored);
        Assert.Contains(limited.Notes, n => n.Contains("next run", StringComparison.Ordinal));
        Assert.Equal(12, rest.Counts.Stored);
        Assert.Equal(20, await rig.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Collect_Account_LooksUpTheIdAndSendsTheTokenWhenConfigured()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Server.On("/api/v1/accounts/lookup?acct=smuggler_watch", Reply.Json("{\"id\":\"4242\",\"acct\":\"smuggler_watch\"}"));
        Serve(rig, "/api/v1/accounts/4242/statuses", newest: 2, perPage: 3);
        await rig.AddWatchAsync("mastodon", "mastodon.social/@smuggler_watch");

        var outcome = Assert.Single(await rig.CollectAsync(rig.Settings(s => s with { Secrets = new Dictionary<string, string> { ["MASTODON_TOKEN"] = "t0ken" } })));

        Assert.Null(outcome.Failure);
        Assert.Equal(2, outcome.Counts.Stored);
        Assert.All(rig.Server.Requests, r => Assert.Equal("Bearer t0ken", r.Authorization));
        Assert.DoesNotContain(rig.Server.Requests, r => r.PathAndQuery.Contains("t0ken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Collect_MalformedJson_IsReportedAndNothingStored()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Server.On($"{Tag}?limit=40", Reply.Json("[{\"id\": \"1\", \"content\": \"unterminated"));
        await rig.AddWatchAsync("mastodon", "mastodon.social/tags/migration");

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Contains("cannot be read", outcome.Failure);
        Assert.Equal(0, await rig.Store.CountAsync(Ct));
    }

    [Theory]
    [InlineData("mastodon.social/tags/migration", "mastodon.social/tags/migration")]
    [InlineData("Mastodon.Social/@Someone", "mastodon.social/@someone")]
    [InlineData("fosstodon.org/@user@mastodon.social", "fosstodon.org/@user@mastodon.social")]
    public void Validate_Accepted(string target, string expected) => Assert.Equal(expected, MastodonConnector.Validate(target).Target);

    [Theory]
    [InlineData("127.0.0.1/tags/x")]
    [InlineData("mastodon.social")]
    [InlineData("mastodon.social/api/v1/admin")]
    [InlineData("https://mastodon.social/tags/x")]
    [InlineData("localhost/tags/x")]
    public void Validate_Refused(string target) => Assert.Null(MastodonConnector.Validate(target).Target);
}
