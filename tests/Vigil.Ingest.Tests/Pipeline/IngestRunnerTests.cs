using System.Text.Json;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;
using Vigil.Ingest.Pipeline;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Pipeline;

public sealed class IngestRunnerTests : IAsyncDisposable
{
    private readonly InMemorySink _sink = new();
    private readonly QuarantineFile _quarantine = new(Path.Combine(TestPaths.TempDir(), "q", "run.quarantine.jsonl"));

    public ValueTask DisposeAsync() => _quarantine.DisposeAsync();

    private IngestRunner Runner(IPostSink? sink = null, Vigil.Core.Analysis.IPostAnalyzer? analyzer = null) =>
        new(analyzer, Protectors.Real(), sink ?? _sink, _quarantine, new IngestOptions { BatchSize = 100 });

    [Fact]
    public async Task RunAsync_ValidPosts_AllStoredAndCountsAddUp()
    {
        var counts = await Runner().RunAsync(ListSource.Posts(1050), null, TestContext.Current.CancellationToken);

        Assert.Equal(new IngestCounts(1050, 1050, 0, 0), counts);
        Assert.Equal(1050, _sink.Posts.Count);
        Assert.False(File.Exists(_quarantine.Path));
    }

    [Fact]
    public async Task RunAsync_SameSourceTwice_SecondRunOnlyDuplicates()
    {
        await Runner().RunAsync(ListSource.Posts(250), null, TestContext.Current.CancellationToken);
        var before = _sink.Posts.OrderBy(p => p.Key.NativeId).ToArray();

        var again = await Runner().RunAsync(ListSource.Posts(250), null, TestContext.Current.CancellationToken);

        Assert.Equal(new IngestCounts(250, 0, 250, 0), again);
        Assert.Equal(before, _sink.Posts.OrderBy(p => p.Key.NativeId).ToArray());
    }

    [Fact]
    public async Task RunAsync_RejectedRecords_QuarantinedOwnerOnlyAndRunGoesOn()
    {
        var items = new List<ReadResult>
        {
            ReadResult.Ok(Some.Post(nativeId: "1")),
            ReadResult.Rejected(new Rejection("in.jsonl", 2, "Line 2 is not valid JSON.", "{broken")),
            ReadResult.Ok(Some.Post(nativeId: "3")),
        };

        var counts = await Runner().RunAsync(new ListSource("in.jsonl", items), null, TestContext.Current.CancellationToken);

        Assert.Equal(new IngestCounts(3, 2, 0, 1), counts);
        var line = JsonDocument.Parse(Assert.Single(File.ReadAllLines(_quarantine.Path))).RootElement;
        Assert.Equal("in.jsonl", line.GetProperty("file").GetString());
        Assert.Equal(2, line.GetProperty("line").GetInt64());
        Assert.Equal("Line 2 is not valid JSON.", line.GetProperty("reason").GetString());
        Assert.Equal("{broken", line.GetProperty("raw").GetString());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_quarantine.Path));
        }
    }

    [Fact]
    public async Task RunAsync_AnalyzerThrowsOnOnePost_OthersStoredAndNoClearTextInQuarantine()
    {
        var items = new[] { "fine one", "BOOM call +905321234567", "fine two" }
            .Select((t, i) => ReadResult.Ok(Some.Post(text: t, nativeId: i.ToString()))).ToArray();

        var counts = await Runner(analyzer: new FailingAnalyzer("BOOM")).RunAsync(new ListSource("a.jsonl", items), null, TestContext.Current.CancellationToken);

        Assert.Equal(new IngestCounts(3, 2, 0, 1), counts);
        var quarantined = File.ReadAllText(_quarantine.Path);
        Assert.Contains("could not be analysed", quarantined);
        Assert.DoesNotContain("5321234567", quarantined);
        Assert.All(_sink.Posts, p => Assert.Equal("und", p.Analysis!.Language.Code));
    }

    [Fact]
    public async Task RunAsync_StoreRefusesOnePost_RestOfItsBatchStored()
    {
        var sink = new RefusingSink(_sink, p => p.Key.NativeId == "42");

        var counts = await Runner(sink).RunAsync(ListSource.Posts(150), null, TestContext.Current.CancellationToken);

        Assert.Equal(new IngestCounts(150, 149, 0, 1), counts);
        Assert.DoesNotContain(_sink.Posts, p => p.Key.NativeId == "42");
        Assert.Contains("The store refused post telegram:42", File.ReadAllText(_quarantine.Path));
    }

    [Fact]
    public async Task RunAsync_StoreRefusesEverything_FailsWithStoreWriteException()
    {
        var sink = new RefusingSink(_sink, _ => true);

        var error = await Assert.ThrowsAsync<StoreWriteException>(() => Runner(sink).RunAsync(ListSource.Posts(150), null, TestContext.Current.CancellationToken));

        Assert.Contains("constraint failed", error.Message);
        Assert.Empty(_sink.Posts);
        Assert.False(File.Exists(_quarantine.Path));
    }

    [Fact]
    public async Task RunAsync_SourceThrowsMidway_PostsBeforeKeptAndFailureQuarantined()
    {
        var posts = ListSource.Posts(300);
        var items = new List<ReadResult>();
        await foreach (var item in posts.ReadAsync(TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        var counts = await Runner().RunAsync(new ListSource("disk.jsonl", items, actAfter: 120, throwAfter: true), null, TestContext.Current.CancellationToken);

        Assert.Equal(120, counts.Stored);
        Assert.Equal(1, counts.Rejected);
        Assert.Contains("Reading stopped after 120 records", File.ReadAllText(_quarantine.Path));
    }

    [Fact]
    public async Task RunAsync_CancelledMidway_CommittedPostsKeptAndRerunReachesSameFinalState()
    {
        var items = new List<ReadResult>();
        await foreach (var item in ListSource.Posts(1000).ReadAsync(TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        using var cancel = new CancellationTokenSource();
        var interrupted = new ListSource("big.jsonl", items, actAfter: 550, act: cancel.Cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().RunAsync(interrupted, null, cancel.Token));
        var committed = _sink.Posts.Count;
        Assert.True(committed <= 550, $"{committed} posts stored although only 550 were read");
        Assert.Equal(0, committed % 100); // whole batches only

        var rerun = await Runner().RunAsync(new ListSource("big.jsonl", items), null, TestContext.Current.CancellationToken);

        var reference = new InMemorySink();
        await new IngestRunner(null, Protectors.Real(), reference, _quarantine).RunAsync(new ListSource("big.jsonl", items), null, TestContext.Current.CancellationToken);
        Assert.Equal(committed, rerun.Duplicates);
        Assert.Equal(1000 - committed, rerun.Stored);
        Assert.Equal(reference.Posts.OrderBy(p => p.Key.NativeId), _sink.Posts.OrderBy(p => p.Key.NativeId));
    }

    [Fact]
    public async Task RunAsync_Progress_ReportsGrowingCountsEndingWithFinal()
    {
        var reports = new List<IngestCounts>();
        var progress = new SyncProgress<IngestCounts>(reports.Add);

        var final = await Runner().RunAsync(ListSource.Posts(350), progress, TestContext.Current.CancellationToken);

        Assert.True(reports.Count >= 4);
        Assert.Equal(final, reports[^1]);
        Assert.Equal(reports.Select(r => r.Stored).Order(), reports.Select(r => r.Stored));
    }

    [Fact]
    public async Task RunAsync_PostsWithClearIdentifiers_SinkSeesOnlyPseudonyms()
    {
        var post = Some.Post(text: "قارب إلى اليونان اتصل ٠٠٩٠٥٣٢١٢٣٤٥٦٧ أو @boat_trips_2026", author: "@captain_hidden") with
        {
            AuthorName = "Captain Hidden",
            Url = "https://t.me/captain_hidden/77",
        };

        await Runner().RunAsync(new ListSource("x.jsonl", [ReadResult.Ok(post)]), null, TestContext.Current.CancellationToken);

        var stored = Assert.Single(_sink.Posts);
        var json = JsonSerializer.Serialize(stored);
        Assert.DoesNotContain("captain", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("boat_trips", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("٥٣٢١٢٣٤٥٦٧", stored.Text);
        Assert.Contains("قارب إلى اليونان", stored.Text);
    }

    /// <summary>IProgress that reports synchronously (Progress&lt;T&gt; posts to the thread pool, racing the assertions).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value)
        {
            lock (this)
            {
                report(value);
            }
        }
    }
}
