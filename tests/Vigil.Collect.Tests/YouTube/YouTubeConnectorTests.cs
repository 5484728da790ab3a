using Vigil.Collect.Paging;
using Vigil.Collect.Tests.ApiConnectors;
using Vigil.Collect.YouTube;
using Vigil.Ingest.Importers.YouTube;
using Vigil.Testing;
using Vigil.Testing.Replay;

namespace Vigil.Collect.Tests.YouTube;

/// <summary>The YouTube connector end to end: loopback replay of the real search and commentThreads pages → SQLite.</summary>
public sealed class YouTubeConnectorTests
{
    private static readonly YouTubeTarget Search = new(YouTubeTargetKind.Search, "python");
    private static readonly YouTubeTarget Comments = new(YouTubeTargetKind.Comments, "F1UP7wRCPH8");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Fixture(string file) => TestPaths.Fixture("youtube", file);

    private static Reply Page(string file) => Reply.File(Fixture(file), "application/json; charset=utf-8");

    private static string Path(CollectRig rig, YouTubeTarget target, string? token, long? since = null) =>
        YouTubeRequests.List(rig.Server.BaseAddress, target, token, since).PathAndQuery;

    private static async Task<CollectRig> SearchServedAsync()
    {
        var rig = await CollectRig.StartAsync();
        rig.Server.On(Path(rig, Search, null), Page("search.list.keywords.p1.json"));
        rig.Server.On(Path(rig, Search, "CBkQAA"), Page("search.list.keywords.p2.json"));
        rig.Server.On(Path(rig, Search, "CDIQAA"), Page("search.list.keywords.p3.synthetic.json"));
        await rig.AddWatchAsync("youtube", "search:python");
        return rig;
    }

    [Fact]
    public async Task Collect_Search_PagesWithPageTokenUntilTheLastPageAndSendsTheKeyInAHeader()
    {
        await using var rig = await SearchServedAsync();

        var outcome = Assert.Single(await rig.CollectAsync(ApiCase.YouTube.Settings(rig)));

        Assert.Null(outcome.Failure);
        var expected = new[] { "p1", "p2" }.SelectMany(p => YouTubePageParser.Parse(File.ReadAllText(Fixture($"search.list.keywords.{p}.json")), Some.Instant).Posts)
            .Select(p => p.NativeId).Distinct().Count();
        Assert.Equal(expected, outcome.Counts.Stored);
        Assert.Equal(expected, await rig.Store.CountAsync(Ct));
        Assert.Equal([Path(rig, Search, null), Path(rig, Search, "CBkQAA"), Path(rig, Search, "CDIQAA")], rig.Server.Requests.Select(r => r.PathAndQuery));
        Assert.All(rig.Server.Requests, r => Assert.DoesNotContain(ApiCase.Token, r.PathAndQuery, StringComparison.Ordinal));
        Assert.All(rig.Server.Requests, r => Assert.Equal(ApiCase.Token, r.Header(YouTubeRequests.KeyHeader)));
    }

    [Fact]
    public async Task Collect_SearchAgain_AsksOnlyForVideosAfterTheMarkAndStoresNoDuplicate()
    {
        await using var rig = await SearchServedAsync();
        await rig.CollectAsync(ApiCase.YouTube.Settings(rig));
        var since = ListingCursor.Parse((await rig.WatchAsync("youtube:search:python")).Cursor)!.Since;
        var newest = new[] { "p1", "p2" }.SelectMany(p => YouTubePageParser.Parse(File.ReadAllText(Fixture($"search.list.keywords.{p}.json")), Some.Instant).Posts).Max(p => p.CreatedAt)!.Value;
        Assert.Equal(newest.ToUnixTimeSeconds(), since);
        var later = Path(rig, Search, null, since);
        rig.Server.On(later, Page("search.list.keywords.p1.json"));
        var before = rig.Server.Requests.Count;

        var again = Assert.Single(await rig.CollectAsync(ApiCase.YouTube.Settings(rig)));

        Assert.Null(again.Failure);
        Assert.Equal(0, again.Counts.Stored);
        Assert.Equal(0, again.Counts.Duplicates);
        Assert.Contains($"publishedAfter={newest:yyyy-MM-dd}T{newest:HH}%3A{newest:mm}%3A{newest:ss}Z", later, StringComparison.Ordinal);
        Assert.Equal([later], rig.Server.Requests.Skip(before).Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task Collect_Comments_PagesAndCountsTheRepeatedThreadsOfTheSecondPageAsDuplicates()
    {
        await using var rig = await CollectRig.StartAsync();
        var token = YouTubePageParser.Parse(File.ReadAllText(Fixture("commentThreads.list.by_video.p1.json")), Some.Instant).NextCursor;
        rig.Server.On(Path(rig, Comments, null), Page("commentThreads.list.by_video.p1.json"));
        rig.Server.On(Path(rig, Comments, token), Page("commentThreads.list.by_video.p2.json"));
        await rig.AddWatchAsync("youtube", "comments:F1UP7wRCPH8");

        var outcome = Assert.Single(await rig.CollectAsync(ApiCase.YouTube.Settings(rig)));

        Assert.Null(outcome.Failure);
        Assert.Equal(5, outcome.Counts.Stored);
        Assert.Equal(5, outcome.Counts.Duplicates); // the recorded second page repeats the first page's threads
        Assert.Equal(5, await rig.Store.CountAsync(Ct));
        Assert.Equal(2, rig.Server.Requests.Count);
        Assert.Contains("order=time", rig.Server.Requests[0].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_QuotaSpent_SaysWhenItResetsAndStoresNothing()
    {
        await using var rig = await SearchServedAsync();
        rig.Server.On(Path(rig, Search, null), new Reply(403, File.ReadAllBytes(TestPaths.Fixture("youtube", "errors", "403-quota-exceeded.json")), "application/json", new Dictionary<string, string>()));

        var outcome = Assert.Single(await rig.CollectAsync(ApiCase.YouTube.Settings(rig)));

        Assert.Contains("quota", outcome.Failure, StringComparison.Ordinal);
        Assert.Contains("midnight Pacific", outcome.Failure, StringComparison.Ordinal);
        Assert.Single(rig.Server.Requests);
        Assert.Equal(0, await rig.Store.CountAsync(Ct));
    }

    [Theory]
    [InlineData("comments:http://127.0.0.1:8080/watch?v=F1UP7wRCPH8")]
    [InlineData("channel:../../admin")]
    [InlineData("video:F1UP7wRCPH8")]
    public void Validate_UrlsAndUnknownKinds_Refused(string target) =>
        Assert.Contains("is not a YouTube watch", YouTubeConnector.Validate(target).Error, StringComparison.Ordinal);
}
