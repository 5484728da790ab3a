using System.Security.Cryptography;
using Vigil.Analysis;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Protection;
using Vigil.Collect.Http;
using Vigil.Core.Collection;
using Vigil.Ingest.Pipeline;
using Vigil.Storage.Sqlite;
using Vigil.Testing;
using Vigil.Testing.Replay;

namespace Vigil.Collect.Tests;

/// <summary>
/// Collection wired as in production — real SQLite store, real analysis and pseudonymisation, real
/// HTTP clients with resilience and SSRF guard — against a loopback replay server that the settings
/// point every connector at and explicitly allow. Retry delays are shortened so tests do not wait.
/// </summary>
internal sealed class CollectRig : IAsyncDisposable
{
    private static readonly Lazy<PostAnalyzer> Analyzer = new(AnalyzerComposition.Create);

    private CollectRig(string dir, SqlitePostStore store, ReplayServer server, QuarantineFile quarantine)
    {
        Dir = dir;
        Store = store;
        Server = server;
        Quarantine = quarantine;
    }

    public string Dir { get; }
    public SqlitePostStore Store { get; }
    public ReplayServer Server { get; }
    public QuarantineFile Quarantine { get; }
    public TimeProvider Clock { get; } = TimeProvider.System;

    /// <summary>Count unrelated posts instead of storing them (the CLI default). Off here so tests can see every post.</summary>
    public bool Minimise { get; set; }

    public static PostProtector Protector { get; } = new(
        new KeyedPseudonymizer(PseudonymKey.FromBytes(SHA256.HashData("collect-tests"u8.ToArray()))), new IdentifierLocator());

    public static async Task<CollectRig> StartAsync()
    {
        var dir = TestPaths.TempDir("vigil-collect");
        var store = await SqlitePostStore.OpenAsync(Path.Combine(dir, "vigil.db"), cancellationToken: TestContext.Current.CancellationToken);
        var server = await ReplayServer.StartAsync(TestContext.Current.CancellationToken);
        return new CollectRig(dir, store, server, new QuarantineFile(Path.Combine(dir, "quarantine.jsonl"), Protector.Redact));
    }

    /// <summary>Settings a test installation uses: every connector pointed at the replay server, which the SSRF guard lets through.</summary>
    public CollectSettings Settings(Func<CollectSettings, CollectSettings>? adjust = null)
    {
        var settings = CollectSettings.Default with
        {
            Contact = "tests@vigil.invalid",
            AttemptTimeout = TimeSpan.FromSeconds(3),
            MaxRetries = 2,
            RetryDelay = TimeSpan.FromMilliseconds(20),
            MaxRetryDelay = TimeSpan.FromSeconds(2),
            BaseAddresses = Connectors.All.ToDictionary(c => c.Platform, _ => Server.BaseAddress),
            AllowedPrivateEndpoints = new HashSet<string> { Server.Endpoint },
            RequestsPerMinute = Connectors.All.ToDictionary(c => c.Platform, _ => 10_000),
        };
        return adjust is null ? settings : adjust(settings);
    }

    /// <summary>Runs every watch once with <paramref name="settings"/> (default: <see cref="Settings"/>).</summary>
    public async Task<IReadOnlyList<WatchOutcome>> CollectAsync(CollectSettings? settings = null)
    {
        using var http = CollectHttp.Create(settings ?? Settings(), Connectors.All, Clock);
        var collector = new Collector(Connectors.All, http.ServicesFor, Store, Analyzer.Value, Protector, Quarantine, Clock, Minimise ? Store : null);
        return await collector.RunAllAsync(null, TestContext.Current.CancellationToken);
    }

    public Task AddWatchAsync(string platform, string target) =>
        Store.AddWatchAsync(new Watch(platform, target, Watch.DefaultInterval), Clock.GetUtcNow(), TestContext.Current.CancellationToken);

    public async Task<WatchState> WatchAsync(string id) =>
        (await Store.ListWatchesAsync(TestContext.Current.CancellationToken)).Single(w => w.Watch.Id == id);

    /// <summary>Serves a Telegram channel with messages 1…<paramref name="newest"/>, <paramref name="perPage"/> per page.</summary>
    public void ServeTelegram(string channel, long newest, int perPage = 3)
    {
        foreach (var (path, html) in TelegramPreview.Channel(channel, newest, perPage))
        {
            Server.On(path, Reply.Html(html));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Quarantine.DisposeAsync();
        await Server.DisposeAsync();
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
