using System.Globalization;
using BenchmarkDotNet.Attributes;
using Vigil.Collect;
using Vigil.Collect.Reddit;
using Vigil.Collect.Vk;
using Vigil.Collect.X;
using Vigil.Collect.YouTube;
using Vigil.Testing.Replay;

namespace Vigil.Benchmarks;

/// <summary>
/// Collection end to end with one worker through the API connectors: a loopback Kestrel replay server
/// serves a listing of 2,000 posts in the platform's format (the real recorded records cycled with new
/// ids, 100 a page: <see cref="ApiListings"/>); the production HTTP stack (resilience, budget, SSRF
/// guard) fetches it, the connector reads it newest first with its pass cursor, the ingest pipeline
/// analyses (language, indicators, category) and pseudonymises every post, and a fresh SQLite store
/// takes each page with its cursor. Unrelated posts are stored, not minimised. Reported per post.
/// </summary>
public class ApiCollectBenchmarks : CollectBenchmarkBase
{
    private const string Token = "bench-credential";

    [Params("reddit", "youtube", "x", "vk")]
    public string Platform { get; set; } = "reddit";

    protected override string WatchPlatform => Platform;

    protected override string WatchTarget => Platform switch
    {
        "reddit" => "r/askreddit",
        "youtube" => "comments:F1UP7wRCPH8",
        "x" => "Tweepy",
        _ => "id10",
    };

    protected override IReadOnlyDictionary<string, string> Secrets => new Dictionary<string, string> { [YouTubeConnector.KeySecret] = Token, [XConnector.TokenSecret] = Token, [VkConnector.TokenSecret] = Token };

    protected override void ServePages()
    {
        var b = Server.BaseAddress;
        var (pages, path) = Platform switch
        {
            "reddit" => (ApiListings.Reddit(Posts), (Func<string?, string>)(t => RedditRequests.Listing(b, new("askreddit", null), t).PathAndQuery)),
            "youtube" => (ApiListings.YouTubeComments(Posts), t => YouTubeRequests.List(b, new(YouTubeTargetKind.Comments, "F1UP7wRCPH8"), t, null).PathAndQuery),
            "x" => (ApiListings.X(Posts), t => XRequests.Search(b, new("Tweepy"), t, null).PathAndQuery),
            _ => (ApiListings.VkWall(Posts), t => VkRequests.WallGet(b, new(10, null), t is null ? 0 : int.Parse(t, CultureInfo.InvariantCulture), VkRequests.PageSize, Token).PathAndQuery),
        };
        foreach (var (token, body) in pages)
        {
            Server.On(path(token), Reply.Json(body));
        }
    }
}
