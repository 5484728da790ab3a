using Vigil.Collect.Reddit;
using Vigil.Collect.Vk;
using Vigil.Collect.X;
using Vigil.Collect.YouTube;
using Vigil.Testing.Replay;

namespace Vigil.Collect.Tests.ApiConnectors;

/// <summary>
/// Long listings (built from the real payloads by <see cref="ApiListings"/>) read to their end in one run,
/// and a second run that finds nothing new: every post once, the pass marked at the newest.
/// </summary>
public sealed class LongListingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Platforms => ["reddit", "youtube", "x", "vk"];

    /// <summary>Serves <paramref name="count"/> posts of <paramref name="platform"/> and returns its watch case.</summary>
    internal static ApiCase Serve(ReplayServer server, string platform, int count)
    {
        var b = server.BaseAddress;
        var (c, pages, path) = platform switch
        {
            "reddit" => (ApiCase.Reddit, ApiListings.Reddit(count), (Func<string?, string>)(t => RedditRequests.Listing(b, new("askreddit", null), t).PathAndQuery)),
            "youtube" => (ApiCase.YouTube, ApiListings.YouTubeComments(count), t => YouTubeRequests.List(b, new(YouTubeTargetKind.Comments, "F1UP7wRCPH8"), t, null).PathAndQuery),
            "x" => (ApiCase.X, ApiListings.X(count), t => XRequests.Search(b, new("Tweepy"), t, null).PathAndQuery),
            _ => (ApiCase.Vk, ApiListings.VkWall(count), t => VkRequests.WallGet(b, new(10, null), t is null ? 0 : int.Parse(t, System.Globalization.CultureInfo.InvariantCulture), VkRequests.PageSize, ApiCase.Token).PathAndQuery),
        };
        foreach (var (token, body) in pages)
        {
            server.On(path(token), Reply.Json(body));
        }

        return c;
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Collect_450Posts_AllStoredOnceThenNothingNew(string platform)
    {
        await using var rig = await CollectRig.StartAsync();
        var c = Serve(rig.Server, platform, 450);
        await rig.AddWatchAsync(c.Platform, c.Target);

        var first = Assert.Single(await rig.CollectAsync(c.Settings(rig)));
        var requests = rig.Server.Requests.Count;
        var second = Assert.Single(await rig.CollectAsync(c.Settings(rig)));

        Assert.Null(first.Failure);
        Assert.Equal(450, first.Counts.Stored);
        Assert.Equal(0, first.Counts.Duplicates);
        Assert.Equal(5, first.Pages);
        Assert.Equal(450, await rig.Store.CountAsync(Ct));
        Assert.Null(second.Failure);
        Assert.Equal(0, second.Counts.Read);
        Assert.Equal(1, rig.Server.Requests.Count - requests);
    }
}
