using BenchmarkDotNet.Attributes;
using Vigil.Core.Posts;
using Vigil.Storage.Search;
using Vigil.Storage.Sqlite;

namespace Vigil.Benchmarks;

/// <summary>
/// Import throughput into a fresh SQLite store: 50,000 synthetic ~300-character posts with analyses,
/// written in batches of 1,000 (one transaction each), the way the ingest pipeline writes.
/// Reported per post (OperationsPerInvoke), so posts/s = 1 s / mean.
/// </summary>
[MemoryDiagnoser]
public class StorageImportBenchmarks
{
    private const int Posts = 50_000;
    private const int BatchSize = 1_000;
    private StoredPost[][] _batches = null!;
    private string _dir = null!;
    private SqlitePostStore _store = null!;

    [GlobalSetup]
    public void Setup()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        _batches = Enumerable.Range(0, Posts).Select(i => SyntheticPosts.Make(i, start)).Chunk(BatchSize).ToArray();
        Console.WriteLine($"// mean text length: {_batches.SelectMany(b => b).Average(p => p.Text.Length):F0} chars");
    }

    [IterationSetup]
    public void OpenFresh()
    {
        _dir = Path.Combine(Path.GetTempPath(), "vigil-bench-import-" + Guid.NewGuid().ToString("N"));
        _store = SqlitePostStore.OpenAsync(Path.Combine(_dir, "vigil.db")).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void Close()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_dir, recursive: true);
    }

    private readonly List<double> _cpuMicrosPerPost = [];

    /// <summary>
    /// Also records the process CPU time per post (both cores together): on a machine shared with other
    /// work, wall time measures the contention as much as the code, CPU time much less so.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public async Task<int> ImportPerPost()
    {
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stored = 0;
        foreach (var batch in _batches)
        {
            stored += (await _store.WriteAsync(batch, CancellationToken.None)).Stored;
        }

        process.Refresh();
        _cpuMicrosPerPost.Add((process.TotalProcessorTime - cpu).TotalMicroseconds / Posts);
        return stored;
    }

    [GlobalCleanup]
    public void Report() =>
        Console.WriteLine($"// CPU time per post (µs), per iteration: {string.Join(", ", _cpuMicrosPerPost.Select(c => c.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}");
}

/// <summary>
/// Two-word searches over a store of 1,000,000 synthetic posts (built once and kept in the temp folder
/// between runs; delete <c>vigil-bench-search-1m-v1</c> to rebuild). Each benchmark is one query shape.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class StorageSearchBenchmarks
{
    private const int Posts = 1_000_000;
    private SqlitePostStore _store = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(Path.GetTempPath(), "vigil-bench-search-1m-v1");
        var path = Path.Combine(dir, "vigil.db");
        var ready = Path.Combine(dir, "ready");
        if (!File.Exists(ready))
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }

            _store = SqlitePostStore.OpenAsync(path).GetAwaiter().GetResult();
            var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < Posts; i += 5_000)
            {
                var batch = Enumerable.Range(i, 5_000).Select(n => SyntheticPosts.Make(n, start)).ToArray();
                _store.WriteAsync(batch, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            }

            Console.WriteLine($"// built {Posts:N0} posts in {watch.Elapsed.TotalSeconds:F1} s");
            File.WriteAllText(ready, "ok");
        }
        else
        {
            _store = SqlitePostStore.OpenAsync(path).GetAwaiter().GetResult();
        }

        var size = new FileInfo(path).Length;
        Console.WriteLine($"// store: {_store.CountAsync(CancellationToken.None).GetAwaiter().GetResult():N0} posts, {size / 1e6:F0} MB");
        foreach (var q in new[] { CommonPair, MediumPair, RarePair, PersianPair, RussianPair })
        {
            var hits = _store.SearchAsync(q, 20, null, CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine($"// '{q}': {hits.Count} hits shown");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _store.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private const string CommonPair = "safe trip";
    private const string MediumPair = "اليونان بالقارب";
    private const string RarePair = "coast guard";
    private const string PersianPair = "قايق يونان";
    private const string RussianPair = "лодке гарантия";

    [Benchmark]
    public int TwoCommonWords() => Search(CommonPair);

    [Benchmark]
    public int TwoArabicWords() => Search(MediumPair);

    [Benchmark]
    public int TwoRareWords() => Search(RarePair);

    [Benchmark]
    public int TwoPersianWordsInArabicSpelling() => Search(PersianPair);

    [Benchmark]
    public int TwoRussianWords() => Search(RussianPair);

    private int Search(string query) => _store.SearchAsync(query, 20, null, CancellationToken.None).GetAwaiter().GetResult().Count;
}
