using Vigil.Collect.Paging;
using Vigil.Collect.Reddit;
using Vigil.Storage.Search;
using Vigil.Testing;
using Vigil.Testing.Replay;

namespace Vigil.Collect.Tests.Reddit;

/// <summary>The Reddit connector end to end: loopback replay of the real r/askreddit listing (and pages derived from it) → SQLite.</summary>
public sealed class RedditConnectorTests
{
    private static readonly RedditTarget AskReddit = new("askreddit", null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Reply Page(string file) => Reply.File(TestPaths.Fixture("reddit", file), "application/json; charset=utf-8");

    private static string Path(CollectRig rig, string? after) => RedditRequests.Listing(rig.Server.BaseAddress, AskReddit, after).PathAndQuery;

    private static async Task<CollectRig> ServedAsync()
    {
        var rig = await CollectRig.StartAsync();
        rig.Server.On(Path(rig, null), Page("r-askreddit-new.listing.body.json"));
        rig.Server.On(Path(rig, "t3_48f6io"), Page("r-askreddit-new.p2.synthetic.json"));
        await rig.AddWatchAsync("reddit", "r/askreddit");
        return rig;
    }

    [Fact]
    public async Task Collect_FirstRun_PagesWithAfterStoresEveryPostPseudonymisedAndMarksTheNewest()
    {
        await using var rig = await ServedAsync();

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Null(outcome.Failure);
        Assert.Equal(120, outcome.Counts.Stored);
        Assert.Equal(120, await rig.Store.CountAsync(Ct));
        Assert.Equal([Path(rig, null), Path(rig, "t3_48f6io")], rig.Server.Requests.Select(r => r.PathAndQuery));
        Assert.All(rig.Server.Requests, r => Assert.StartsWith("Vigil/", r.UserAgent, StringComparison.Ordinal));
        var cursor = ListingCursor.Parse((await rig.WatchAsync("reddit:r/askreddit")).Cursor)!;
        Assert.Equal(RedditRequests.Order(Some.Post(platform: "reddit", nativeId: "t3_48fbm9")), cursor.Since);
        Assert.False(cursor.InPass);
        var posts = await rig.Store.ScanAsync(SearchFilters.None, Ct).ToListAsync(Ct);
        Assert.All(posts.Where(p => p.Author is not null), p => Assert.StartsWith("ps_", p.Author, StringComparison.Ordinal));
        Assert.All(posts, p => Assert.NotNull(p.Analysis));
    }

    [Fact]
    public async Task Collect_SecondRunNothingNew_OneRequestNoDuplicates()
    {
        await using var rig = await ServedAsync();
        await rig.CollectAsync();
        var before = rig.Server.Requests.Count;

        var again = Assert.Single(await rig.CollectAsync());

        Assert.Null(again.Failure);
        Assert.Equal(0, again.Counts.Stored);
        Assert.Equal(0, again.Counts.Duplicates);
        Assert.Equal([Path(rig, null)], rig.Server.Requests.Skip(before).Select(r => r.PathAndQuery));
        Assert.Equal(120, await rig.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Collect_NewPostsOnTop_StoresOnlyThemAndStopsAtTheMark()
    {
        await using var rig = await ServedAsync();
        await rig.CollectAsync();
        rig.Server.On(Path(rig, null), Page("r-askreddit-new.head.synthetic.json"));
        var before = rig.Server.Requests.Count;

        var again = Assert.Single(await rig.CollectAsync());

        Assert.Equal(10, again.Counts.Stored);
        Assert.Equal(0, again.Counts.Duplicates);
        Assert.Equal(1, rig.Server.Requests.Count - before);
        Assert.Equal(130, await rig.Store.CountAsync(Ct));
        var cursor = ListingCursor.Parse((await rig.WatchAsync("reddit:r/askreddit")).Cursor)!;
        Assert.Equal(RedditRequests.Order(Some.Post(platform: "reddit", nativeId: "t3_48fcav")), cursor.Since);
    }

    [Fact]
    public async Task Collect_RateWindowUsedUp_StopsPagingAndSaysSo()
    {
        await using var rig = await ServedAsync();
        rig.Server.On(Path(rig, null), Page("r-askreddit-new.listing.body.json").WithHeader("X-Ratelimit-Remaining", "0.0").WithHeader("X-Ratelimit-Reset", "300"));

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Equal(100, outcome.Counts.Stored);
        Assert.Single(rig.Server.Requests);
        Assert.Contains(outcome.Notes, n => n.Contains("rate window is used up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Collect_HostileAfterTokenInTheAnswer_StaysAnEscapedParameterOfTheSameListing()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Server.On(Path(rig, null), Reply.Json("""{"kind":"Listing","data":{"after":"x&q=1/../../admin#","children":[{"kind":"t3","data":{"id":"48fbm9","title":"t","subreddit":"AskReddit"}}]}}"""));
        await rig.AddWatchAsync("reddit", "r/askreddit");

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Equal(2, rig.Server.Requests.Count);
        Assert.Equal("/r/askreddit/new.json?limit=100&raw_json=1&after=x%26q%3D1%2F..%2F..%2Fadmin%23", rig.Server.Requests[1].PathAndQuery);
        Assert.Equal(1, outcome.Counts.Stored);
        Assert.Contains("does not exist", outcome.Failure);
    }

    [Theory]
    [InlineData("http://127.0.0.1/r/x")]
    [InlineData("r/../../admin")]
    [InlineData("file:///etc/passwd")]
    public void Validate_UrlsAndPathTricks_Refused(string target) =>
        Assert.Contains("is not a Reddit watch", RedditConnector.Validate(target).Error, StringComparison.Ordinal);

    [Fact]
    public void Validate_NormalisesTheSubredditName() => Assert.Equal("r/europe", RedditConnector.Validate("/r/Europe/").Target);
}
