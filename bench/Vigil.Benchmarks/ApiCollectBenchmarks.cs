using System.Globalization;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Vigil.Analysis;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Protection;
using Vigil.Collect;
using Vigil.Collect.Http;
using Vigil.Collect.Reddit;
using Vigil.Collect.Vk;
using Vigil.Collect.X;
using Vigil.Collect.YouTube;
using Vigil.Core.Collection;
using Vigil.Core.Pipeline;
using Vigil.Storage.Sqlite;
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
[MemoryDiagnoser]
public class ApiCollectBenchmarks
{
    private const int Posts = 2000;
    private const string Token = "bench-credential";
    private ReplayServer _server = null!;
    private CollectHttp _http = null!;
    private PostAnalyzer _analyzer = null!;
    private PostProtector _protector = null!;
    private string _dir = "";
    private SqlitePostStore _store = null!;

    [Params("reddit", "youtube", "x", "vk")]
    public string Platform { get; set; } = "reddit";

    private string Target => Platform switch
    {
        "reddit" => "r/askreddit",
        "youtube" => "comments:F1UP7wRCPH8",
        "x" => "Tweepy",
        _ => "id10",
    };

    [GlobalSetup]
    public void Setup()
    {
        _server = ReplayServer.StartAsync().GetAwaiter().GetResult();
        var b = _server.BaseAddress;
        var (pages, path) = Platform switch
        {
            "reddit" => (ApiListings.Reddit(Posts), (Func<string?, string>)(t => RedditRequests.Listing(b, new("askreddit", null), t).PathAndQuery)),
            "youtube" => (ApiListings.YouTubeComments(Posts), t => YouTubeRequests.List(b, new(YouTubeTargetKind.Comments, "F1UP7wRCPH8"), t, null).PathAndQuery),
            "x" => (ApiListings.X(Posts), t => XRequests.Search(b, new("Tweepy"), t, null).PathAndQuery),
            _ => (ApiListings.VkWall(Posts), t => VkRequests.WallGet(b, new(10, null), t is null ? 0 : int.Parse(t, CultureInfo.InvariantCulture), VkRequests.PageSize, Token).PathAndQuery),
        };
        foreach (var (token, body) in pages)
        {
            _server.On(path(token), Reply.Json(body));
        }

        var settings = CollectSettings.Default with
        {
            MaxPages = 1000,
            BaseAddresses = Connectors.All.ToDictionary(c => c.Platform, _ => _server.BaseAddress),
            AllowedPrivateEndpoints = new HashSet<string> { _server.Endpoint },
            RequestsPerMinute = Connectors.All.ToDictionary(c => c.Platform, _ => 1_000_000),
            Secrets = new Dictionary<string, string> { [YouTubeConnector.KeySecret] = Token, [XConnector.TokenSecret] = Token, [VkConnector.TokenSecret] = Token },
        };
        _http = CollectHttp.Create(settings, Connectors.All, TimeProvider.System);
        _analyzer = AnalyzerComposition.Create();
        _protector = new PostProtector(new KeyedPseudonymizer(PseudonymKey.FromBytes(SHA256.HashData("bench"u8.ToArray()))), new IdentifierLocator());
    }

    [IterationSetup]
    public void FreshStore()
    {
        _dir = Path.Combine(Path.GetTempPath(), "vigil-bench-api-collect-" + Guid.NewGuid().ToString("N"));
        _store = SqlitePostStore.OpenAsync(Path.Combine(_dir, "vigil.db")).GetAwaiter().GetResult();
        _store.AddWatchAsync(new Watch(Platform, Target, Watch.DefaultInterval), TimeProvider.System.GetUtcNow(), CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void Cleanup()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_dir, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public async Task<long> CollectOnePost()
    {
        var collector = new Collector(Connectors.All, _http.ServicesFor, _store, _analyzer, _protector, new NoRejections(), TimeProvider.System, minimise: null);
        var outcome = (await collector.RunAllAsync(null, CancellationToken.None)).Single();
        return outcome.Failure is null && outcome.Counts.Stored == Posts
            ? outcome.Counts.Stored
            : throw new InvalidOperationException($"collected {outcome.Counts.Stored} of {Posts}: {outcome.Failure}");
    }

    [GlobalCleanup]
    public void Stop()
    {
        _http.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private sealed class NoRejections : IRejectionSink
    {
        public ValueTask WriteAsync(Rejection rejection, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
