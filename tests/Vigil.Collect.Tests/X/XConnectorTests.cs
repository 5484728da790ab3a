using Vigil.Collect.Paging;
using Vigil.Collect.Tests.ApiConnectors;
using Vigil.Collect.X;
using Vigil.Testing;
using Vigil.Testing.Replay;

namespace Vigil.Collect.Tests.X;

/// <summary>The X connector end to end: loopback replay of the real recent-search page (and pages derived from it) → SQLite.</summary>
public sealed class XConnectorTests
{
    private const string RealNextToken = "b26v89c19zqg8o3fpzbn1e0frlukytxrp1o8pel01jb7h";
    private static readonly XTarget Tweepy = new("Tweepy");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Reply Page(string file) => Reply.File(TestPaths.Fixture("x-twitter", file), "application/json; charset=utf-8");

    private static string Path(CollectRig rig, string? token) => XRequests.Search(rig.Server.BaseAddress, Tweepy, token, null).PathAndQuery;

    private static async Task<CollectRig> ServedAsync()
    {
        var rig = await CollectRig.StartAsync();
        rig.Server.On(Path(rig, null), Page("v2-tweets-search-recent.body.json").WithHeader("x-rate-limit-remaining", "449").WithHeader("x-rate-limit-reset", "1665184962"));
        rig.Server.On(Path(rig, RealNextToken), Page("v2-tweets-search-recent.p2.synthetic.json"));
        await rig.AddWatchAsync("x", "Tweepy");
        return rig;
    }

    [Fact]
    public async Task Collect_FirstRun_PagesWithNextTokenAndAuthenticatesWithTheBearerToken()
    {
        await using var rig = await ServedAsync();

        var outcome = Assert.Single(await rig.CollectAsync(ApiCase.X.Settings(rig)));

        Assert.Null(outcome.Failure);
        Assert.Equal(20, outcome.Counts.Stored);
        Assert.Equal(20, await rig.Store.CountAsync(Ct));
        Assert.Equal([Path(rig, null), Path(rig, RealNextToken)], rig.Server.Requests.Select(r => r.PathAndQuery));
        Assert.All(rig.Server.Requests, r => Assert.Equal($"Bearer {ApiCase.Token}", r.Authorization));
        Assert.Equal(1578522194770296832, ListingCursor.Parse((await rig.WatchAsync("x:Tweepy")).Cursor)!.Since);
    }

    [Fact]
    public async Task Collect_SecondRun_MarkOlderThanSevenDaysGoesWithoutSinceIdAndDropsKnownPostsById()
    {
        await using var rig = await ServedAsync();
        await rig.CollectAsync(ApiCase.X.Settings(rig));
        rig.Server.On(Path(rig, null), Page("v2-tweets-search-recent.head.synthetic.json"));
        var before = rig.Server.Requests.Count;

        var again = Assert.Single(await rig.CollectAsync(ApiCase.X.Settings(rig)));

        // The recorded tweets are from 2022: X would refuse them as since_id, so the connector leaves it out.
        var request = Assert.Single(rig.Server.Requests.Skip(before));
        Assert.DoesNotContain("since_id", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(3, again.Counts.Stored);
        Assert.Equal(0, again.Counts.Duplicates);
        Assert.Equal(23, await rig.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Collect_RateWindowUsedUp_StopsAfterThisPage()
    {
        await using var rig = await ServedAsync();
        rig.Server.On(Path(rig, null), Page("v2-tweets-search-recent.body.json").WithHeader("x-rate-limit-remaining", "0").WithHeader("x-rate-limit-reset", "1665184962"));

        var outcome = Assert.Single(await rig.CollectAsync(ApiCase.X.Settings(rig)));

        Assert.Equal(10, outcome.Counts.Stored);
        Assert.Single(rig.Server.Requests);
        Assert.Contains(outcome.Notes, n => n.Contains("rate window is used up until 2022-10-07 23:22:42Z", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Collect_UsageCapped_IsReportedAsTheMonthlyCap()
    {
        await using var rig = await ServedAsync();
        rig.Server.On(Path(rig, null), new Reply(429, File.ReadAllBytes(TestPaths.Fixture("x-twitter", "errors", "429-usage-capped.json")), "application/json", new Dictionary<string, string>()));

        var outcome = Assert.Single(await rig.CollectAsync(ApiCase.X.Settings(rig)));

        Assert.Contains("usage cap", outcome.Failure, StringComparison.Ordinal);
        Assert.Equal(0, await rig.Store.CountAsync(Ct));
    }

    [Fact]
    public void Validate_MultiLineQuery_Refused() => Assert.Contains("is not an X watch", XConnector.Validate("a\nb").Error, StringComparison.Ordinal);
}
