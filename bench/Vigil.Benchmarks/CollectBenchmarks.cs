using BenchmarkDotNet.Attributes;
using Vigil.Core.Collection;
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
public class CollectBenchmarks : CollectBenchmarkBase
{
    [Params("telegram", "mastodon")]
    public string Platform { get; set; } = "telegram";

    protected override string WatchPlatform => Platform;

    protected override string WatchTarget => Platform == "telegram" ? "bench_channel" : "bench.social/tags/bench";

    protected override void ServePages()
    {
        foreach (var (path, html) in TelegramPreview.Channel("bench_channel", Posts, 20))
        {
            Server.On(path, Reply.Html(html));
        }

        foreach (var (path, json) in MastodonTimeline.Routes("/api/v1/timelines/tag/bench", Posts, 40))
        {
            Server.On(path, Reply.Json(json));
        }
    }

    protected override void PrepareStore(SqlitePostStore store)
    {
        if (Platform == "mastodon")
        {
            // Page forwards from the start (the steady state of a watch), not the first run's backwards backfill.
            store.WriteAsync([], new WatchCursor($"mastodon:{WatchTarget}", "0", TimeProvider.System.GetUtcNow()), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
    }
}
