using Vigil.Collect.Reddit;
using Vigil.Collect.Vk;
using Vigil.Collect.X;
using Vigil.Collect.YouTube;
using Vigil.Testing;
using Vigil.Testing.Replay;

namespace Vigil.Collect.Tests.ApiConnectors;

/// <summary>
/// One API connector as the shared failure tests see it: a watch, the path of its newest page on the
/// replay server, a real recorded page to serve there, the secret it needs (if any) and what a removed
/// source answers.
/// </summary>
public sealed record ApiCase(
    string Platform,
    string Target,
    Func<Uri, string> Head,
    string[] HeadFixture,
    string? Secret,
    Reply Removed,
    string RemovedSays,
    string? SecretVariable)
{
    public string WatchId => $"{Platform}:{Target}";

    public Reply Page => Reply.File(TestPaths.Fixture(HeadFixture), "application/json; charset=utf-8");

    public override string ToString() => Platform;

    private static Reply Error(string platform, string file, int status) =>
        new(status, File.ReadAllBytes(TestPaths.Fixture(platform, "errors", file)), "application/json; charset=utf-8", new Dictionary<string, string>());

    public static ApiCase Reddit { get; } = new(
        "reddit", "r/askreddit",
        b => RedditRequests.Listing(b, new RedditTarget("askreddit", null), null).PathAndQuery,
        ["reddit", "r-askreddit-new.p2.synthetic.json"], null,
        Error("reddit", "404-banned.json", 404), "r/askreddit was banned", null);

    public static ApiCase YouTube { get; } = new(
        "youtube", "comments:F1UP7wRCPH8",
        b => YouTubeRequests.List(b, new YouTubeTarget(YouTubeTargetKind.Comments, "F1UP7wRCPH8"), null, null).PathAndQuery,
        ["youtube", "commentThreads.list.by_video.p2.json"], "YOUTUBE_API_KEY",
        Error("youtube", "404-video-not-found.json", 404), "The video F1UP7wRCPH8 does not exist", "VIGIL_YOUTUBE_API_KEY");

    public static ApiCase X { get; } = new(
        "x", "Tweepy",
        b => XRequests.Search(b, new XTarget("Tweepy"), null, null).PathAndQuery,
        ["x-twitter", "v2-tweets-search-recent.p2.synthetic.json"], "X_BEARER_TOKEN",
        Error("x-twitter", "401-unauthorized.json", 401), "X refused the bearer token", "VIGIL_X_BEARER_TOKEN");

    public static ApiCase Vk { get; } = new(
        "vk", "id10",
        b => VkRequests.WallGet(b, new VkTarget(10, null), 0, VkRequests.PageSize, Token).PathAndQuery,
        ["vk", "wall.get.synthetic.whole.json"], "VK_ACCESS_TOKEN",
        Error("vk", "18-deleted.json", 200), "was deleted or banned", "VIGIL_VK_ACCESS_TOKEN");

    /// <summary>The credential every test installation is given (never a real one).</summary>
    public const string Token = "test-credential-0000";

    public static TheoryData<ApiCase> All => [Reddit, YouTube, X, Vk];

    public static TheoryData<ApiCase> WithSecret => [YouTube, X, Vk];

    /// <summary>The rig's settings plus this connector's credential.</summary>
    internal CollectSettings Settings(CollectRig rig) => rig.Settings(s => s with
    {
        Secrets = Secret is null ? s.Secrets : new Dictionary<string, string>(s.Secrets) { [Secret] = Token },
    });
}
