using Vigil.Collect.Paging;
using Vigil.Collect.Tests.ApiConnectors;
using Vigil.Collect.Vk;
using Vigil.Testing;
using Vigil.Testing.Replay;

namespace Vigil.Collect.Tests.Vk;

/// <summary>The VK connector end to end: loopback replay of a wall built from the real wall.get and newsfeed.search answers → SQLite.</summary>
public sealed class VkConnectorTests
{
    private static readonly VkTarget Wall = new(10, null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Reply Page(string file) => Reply.File(TestPaths.Fixture("vk", file), "application/json; charset=utf-8");

    private static string Path(CollectRig rig, int offset) => VkRequests.WallGet(rig.Server.BaseAddress, Wall, offset, VkRequests.PageSize, ApiCase.Token).PathAndQuery;

    private static async Task<CollectRig> ServedAsync()
    {
        var rig = await CollectRig.StartAsync();
        foreach (var offset in new[] { 0, 2, 4 })
        {
            rig.Server.On(Path(rig, offset), Page($"wall.get.synthetic.offset-{offset}.json"));
        }

        await rig.AddWatchAsync("vk", "id10");
        return rig;
    }

    [Fact]
    public async Task Collect_FirstRun_PagesByOffsetToTheEndOfTheWall()
    {
        await using var rig = await ServedAsync();

        var outcome = Assert.Single(await rig.CollectAsync(ApiCase.Vk.Settings(rig)));

        Assert.Null(outcome.Failure);
        Assert.Equal(5, outcome.Counts.Stored);
        Assert.Equal([Path(rig, 0), Path(rig, 2), Path(rig, 4)], rig.Server.Requests.Select(r => r.PathAndQuery));
        Assert.Equal(41, ListingCursor.Parse((await rig.WatchAsync("vk:id10")).Cursor)!.Since);
    }

    [Fact]
    public async Task Collect_NewPostsBelowAnOldPinnedPost_StoresThemAndStopsAtTheMark()
    {
        await using var rig = await ServedAsync();
        await rig.CollectAsync(ApiCase.Vk.Settings(rig));
        rig.Server.On(Path(rig, 0), Page("wall.get.synthetic.head.offset-0.json"));
        rig.Server.On(Path(rig, 2), Page("wall.get.synthetic.head.offset-2.json"));
        var before = rig.Server.Requests.Count;

        var again = Assert.Single(await rig.CollectAsync(ApiCase.Vk.Settings(rig)));

        Assert.Equal(2, again.Counts.Stored); // posts 43 and 42; the pinned post 12 and post 41 are known
        Assert.Equal(0, again.Counts.Duplicates);
        Assert.Equal([Path(rig, 0), Path(rig, 2)], rig.Server.Requests.Skip(before).Select(r => r.PathAndQuery));
        Assert.Equal(43, ListingCursor.Parse((await rig.WatchAsync("vk:id10")).Cursor)!.Since);
    }

    [Fact]
    public async Task Collect_RateLimitedMidPass_NextRunResumesThereWithNoLossAndNoDuplicate()
    {
        await using var rig = await ServedAsync();
        await rig.CollectAsync(ApiCase.Vk.Settings(rig));
        rig.Server.On(Path(rig, 0), Page("wall.get.synthetic.head.offset-0.json"));
        rig.Server.On(Path(rig, 2), new Reply(200, File.ReadAllBytes(TestPaths.Fixture("vk", "errors", "6-too-many-requests.json")), "application/json", new Dictionary<string, string>()));

        var cut = Assert.Single(await rig.CollectAsync(ApiCase.Vk.Settings(rig)));

        Assert.Contains("error 6", cut.Failure, StringComparison.Ordinal);
        Assert.Equal(1, cut.Counts.Stored); // post 43, committed with a cursor that keeps the pass's place
        Assert.Equal("2", ListingCursor.Parse((await rig.WatchAsync("vk:id10")).Cursor)!.Next);

        rig.Server.On(Path(rig, 2), Page("wall.get.synthetic.head.offset-2.json"));
        var before = rig.Server.Requests.Count;
        var resumed = Assert.Single(await rig.CollectAsync(ApiCase.Vk.Settings(rig)));

        Assert.Null(resumed.Failure);
        Assert.Equal(1, resumed.Counts.Stored); // post 42
        Assert.Equal(0, resumed.Counts.Duplicates);
        Assert.Equal([Path(rig, 2)], rig.Server.Requests.Skip(before).Select(r => r.PathAndQuery));
        Assert.Equal(7, await rig.Store.CountAsync(Ct));
        Assert.Equal(43, ListingCursor.Parse((await rig.WatchAsync("vk:id10")).Cursor)!.Since);
    }

    [Theory]
    [InlineData("https://evil.example/durov")]
    [InlineData("club0")]
    [InlineData("id10&access_token=x")]
    public void Validate_ForeignHostsAndInjectedParameters_Refused(string target) =>
        Assert.Contains("is not a VK watch", VkConnector.Validate(target).Error, StringComparison.Ordinal);
}
