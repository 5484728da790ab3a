using Vigil.Testing;
using Vigil.Testing.Replay;

namespace Vigil.Cli.Tests.Commands;

/// <summary>
/// <c>vigil watch add</c> and <c>vigil collect</c> with the API connectors (Reddit, YouTube, X, VK) against
/// a loopback replay server: credentials come only from the environment, and a watch without one fails
/// with a line naming the variable to set while the others go on.
/// </summary>
public sealed class ApiConnectorCommandTests
{
    private static Reply Json(params string[] fixture) => Reply.File(TestPaths.Fixture(fixture), "application/json; charset=utf-8");

    private static async Task<(ReplayServer Server, CliHarness Cli)> SetUpAsync()
    {
        var server = await ReplayServer.StartAsync(TestContext.Current.CancellationToken);
        var b = server.BaseAddress;
        server.On(Collect.Reddit.RedditRequests.Listing(b, new("askreddit", null), null).PathAndQuery, Json("reddit", "r-askreddit-new.p2.synthetic.json"));
        server.On(Collect.YouTube.YouTubeRequests.List(b, new(Collect.YouTube.YouTubeTargetKind.Comments, "F1UP7wRCPH8"), null, null).PathAndQuery, Json("youtube", "commentThreads.list.by_video.p2.json"));
        server.On(Collect.X.XRequests.Search(b, new("Tweepy"), null, null).PathAndQuery, Json("x-twitter", "v2-tweets-search-recent.p2.synthetic.json"));
        server.On(Collect.Vk.VkRequests.WallGet(b, new(10, null), 0, Collect.Vk.VkRequests.PageSize, "vk-test-token").PathAndQuery, Json("vk", "wall.get.synthetic.whole.json"));

        var cli = new CliHarness();
        foreach (var platform in new[] { "REDDIT", "YOUTUBE", "X", "VK" })
        {
            cli.Environment[$"VIGIL_COLLECT_URL_{platform}"] = b.ToString();
        }

        cli.Environment["VIGIL_COLLECT_ALLOW_PRIVATE"] = server.Endpoint;
        foreach (var source in new[] { "reddit:r/AskReddit", "youtube:comments:https://youtu.be/F1UP7wRCPH8", "x:Tweepy", "vk:id10" })
        {
            Assert.Equal(0, (await cli.RunAsync("watch", "add", source, "--store", cli.Store())).ExitCode);
        }

        return (server, cli);
    }

    [Fact]
    public async Task Collect_WithoutCredentials_EachApiWatchNamesItsVariableAndRedditStillCollects()
    {
        var (server, cli) = await SetUpAsync();
        await using var _ = server;

        var run = await cli.RunAsync("collect", "--keep-unrelated", "--store", cli.Store());

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"reddit:r/askreddit: 20 new, 0 duplicate", run.Console);
        Assert.Contains("VIGIL_YOUTUBE_API_KEY", run.Console);
        Assert.Contains("VIGIL_X_BEARER_TOKEN", run.Console);
        Assert.Contains("VIGIL_VK_ACCESS_TOKEN", run.Console);
        Assert.All(server.Requests, r => Assert.StartsWith("/r/askreddit/new.json", r.PathAndQuery, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Collect_WithCredentialsFromTheEnvironment_EveryApiWatchCollects()
    {
        var (server, cli) = await SetUpAsync();
        await using var _ = server;
        cli.Environment["VIGIL_YOUTUBE_API_KEY"] = "yt-test-key";
        cli.Environment["VIGIL_X_BEARER_TOKEN"] = "x-test-token";
        cli.Environment["VIGIL_VK_ACCESS_TOKEN"] = "vk-test-token";

        var run = await cli.RunAsync("collect", "--keep-unrelated", "--store", cli.Store());
        var list = await cli.RunAsync("watch", "list", "--store", cli.Store());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("youtube:comments:F1UP7wRCPH8: 5 new", run.Console);
        Assert.Contains("x:Tweepy: 10 new", run.Console);
        Assert.Contains("vk:id10: 5 new", run.Console);
        Assert.DoesNotContain("test-key", run.Console + list.Console);
        Assert.DoesNotContain("test-token", run.Console + list.Console);
        Assert.Contains(server.Requests, r => r.Header("X-Goog-Api-Key") == "yt-test-key");
        Assert.Contains(server.Requests, r => r.Authorization == "Bearer x-test-token");
    }
}
