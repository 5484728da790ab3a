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
/// What every collection benchmark shares: a loopback replay server serving <see cref="Posts"/> posts
/// in one platform's format, the production HTTP stack (resilience, budget, SSRF guard), the real
/// analyzer and protector, a fresh SQLite store with one watch per iteration, and one collection run
/// per invocation, reported per post. Subclasses say what the server serves and what the watch is.
/// </summary>
[MemoryDiagnoser]
public abstract class CollectBenchmarkBase
{
    protected const int Posts = 2000;
    private CollectHttp _http = null!;
    private PostAnalyzer _analyzer = null!;
    private PostProtector _protector = null!;
    private string _dir = "";
    private SqlitePostStore _store = null!;

    protected ReplayServer Server { get; private set; } = null!;

    /// <summary>The platform of the watch (the benchmark's parameter).</summary>
    protected abstract string WatchPlatform { get; }

    /// <summary>The watch's target on that platform.</summary>
    protected abstract string WatchTarget { get; }

    /// <summary>Credentials the connector needs (none by default).</summary>
    protected virtual IReadOnlyDictionary<string, string> Secrets => CollectSettings.Default.Secrets;

    /// <summary>Registers the replayed pages on <see cref="Server"/>.</summary>
    protected abstract void ServePages();

    /// <summary>Prepares a fresh store after its watch is added (nothing by default).</summary>
    protected virtual void PrepareStore(SqlitePostStore store)
    {
    }

    [GlobalSetup]
    public void Setup()
    {
        Server = ReplayServer.StartAsync().GetAwaiter().GetResult();
        ServePages();
        var settings = CollectSettings.Default with
        {
            MaxPages = 1000,
            BaseAddresses = Connectors.All.ToDictionary(c => c.Platform, _ => Server.BaseAddress),
            AllowedPrivateEndpoints = new HashSet<string> { Server.Endpoint },
            RequestsPerMinute = Connectors.All.ToDictionary(c => c.Platform, _ => 1_000_000),
            Secrets = Secrets,
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
        _store.AddWatchAsync(new Watch(WatchPlatform, WatchTarget, Watch.DefaultInterval), TimeProvider.System.GetUtcNow(), CancellationToken.None).GetAwaiter().GetResult();
        PrepareStore(_store);
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
        Server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private sealed class NoRejections : IRejectionSink
    {
        public ValueTask WriteAsync(Rejection rejection, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
