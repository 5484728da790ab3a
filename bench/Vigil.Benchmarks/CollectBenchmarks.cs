using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Vigil.Analysis;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Protection;
using Vigil.Collect;
using Vigil.Collect.Http;
using Vigil.Core.Collection;
using Vigil.Core.Pipeline;
using Vigil.Storage.Sqlite;
using Vigil.Testing.Replay;

namespace Vigil.Benchmarks;

/// <summary>
/// Collection end to end with one worker: a loopback Kestrel replay server serves a Telegram channel
/// (the real preview markup, 20 messages a page) or a Mastodon hashtag timeline (the real API payload,
/// 40 statuses a page); the production HTTP stack (resilience, budget, SSRF guard) fetches it, the
/// connector parses it, the ingest pipeline analyses (language, indicators, category) and pseudonymises
/// every post, and a fresh SQLite store takes them with their cursor. Unrelated posts are stored, not
/// minimised, so every post costs a store write. Reported per post (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class CollectBenchmarks
{
    private const int Posts = 2000;
    private ReplayServer _server = null!;
    private CollectHttp _http = null!;
    private PostAnalyzer _analyzer = null!;
    private PostProtector _protector = null!;
    private string _dir = "";
    private SqlitePostStore _store = null!;

    [Params("telegram", "mastodon")]
    public string Platform { get; set; } = "telegram";

    [GlobalSetup]
    public void Setup()
    {
        _server = ReplayServer.StartAsync().GetAwaiter().GetResult();
        foreach (var (path, html) in TelegramPreview.Channel("bench_channel", Posts, 20))
        {
            _server.On(path, Reply.Html(html));
        }

        foreach (var (path, json) in MastodonTimeline.Routes("/api/v1/timelines/tag/bench", Posts, 40))
        {
            _server.On(path, Reply.Json(json));
        }

        var settings = CollectSettings.Default with
        {
            MaxPages = 1000,
            BaseAddresses = Connectors.All.ToDictionary(c => c.Platform, _ => _server.BaseAddress),
            AllowedPrivateEndpoints = new HashSet<string> { _server.Endpoint },
            RequestsPerMinute = Connectors.All.ToDictionary(c => c.Platform, _ => 1_000_000),
        };
        _http = CollectHttp.Create(settings, Connectors.All, TimeProvider.System);
        _analyzer = AnalyzerComposition.Create();
        _protector = new PostProtector(new KeyedPseudonymizer(PseudonymKey.FromBytes(SHA256.HashData("bench"u8.ToArray()))), new IdentifierLocator());
    }

    [IterationSetup]
    public void FreshStore()
    {
        _dir = Path.Combine(Path.GetTempPath(), "vigil-bench-collect-" + Guid.NewGuid().ToString("N"));
        _store = SqlitePostStore.OpenAsync(Path.Combine(_dir, "vigil.db")).GetAwaiter().GetResult();
        var target = Platform == "telegram" ? "bench_channel" : "bench.social/tags/bench";
        _store.AddWatchAsync(new Watch(Platform, target, Watch.DefaultInterval), TimeProvider.System.GetUtcNow(), CancellationToken.None).GetAwaiter().GetResult();
        if (Platform == "mastodon")
        {
            // Page forwards from the start (the steady state of a watch), not the first run's backwards backfill.
            _store.WriteAsync([], new WatchCursor($"mastodon:{target}", "0", TimeProvider.System.GetUtcNow()), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
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
