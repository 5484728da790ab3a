using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Vigil.Analysis;
using Vigil.Analysis.Classification;
using Vigil.Analysis.Dedup;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Language;

namespace Vigil.Benchmarks;

/// <summary>
/// The whole per-post work of <c>vigil analyze --store</c> on one thread: language identification, indicator
/// extraction, classification (rules + model + calibration + explanation) and the near-duplicate lookup of the
/// post's cluster among 1,000,000 stored fingerprints. 1,000 distinct ~300-character posts in Arabic, Persian,
/// Russian, Turkish and English (<see cref="SyntheticPosts"/>, with a clear phone number and a price), each
/// with a near copy stored among 999,000 random fingerprints, so every lookup finds its cluster.
/// Time is per post (<c>OperationsPerInvoke</c>).
/// </summary>
[MemoryDiagnoser]
public partial class FullAnalyzeBenchmarks
{
    private const int Posts = 1000;
    private const int Stored = 1_000_000;

    private PostAnalyzer _analyzer = null!;
    private ClusterLookup _lookup = null!;
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        _texts = Enumerable.Range(0, Posts)
            .Select(i => Token().Replace(SyntheticPosts.Make(i, start).Text, "+90 532 " + (1000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        _analyzer = new PostAnalyzer(LanguageIdentifier.Default, new IndicatorExtractor(), CategoryClassifier.LoadEmbedded());

        var rng = new Random(11);
        var fingerprints = new List<ulong>(Stored);
        foreach (var text in _texts)
        {
            fingerprints.Add(SimHash.Compute(text + " 🙏 repost"));
        }

        while (fingerprints.Count < Stored)
        {
            fingerprints.Add((ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 33));
        }

        _lookup = ClusterLookup.FromFingerprints(fingerprints);
        Console.WriteLine($"// cluster lookup: {_lookup.Count:N0} stored fingerprints, {_lookup.ApproximateBytes / (double)_lookup.Count:F1} bytes per post (index + cluster id)");
        Console.WriteLine($"// mean post length {_texts.Average(t => t.Length):F0} characters; clusters found {_texts.Count(t => _lookup.Find(t) is not null)} of {Posts}");
    }

    /// <summary>Language, indicators, category and the cluster lookup: the whole of analyze --store per post.</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int AnalyzeWithClusterLookup()
    {
        var found = 0;
        foreach (var text in _texts)
        {
            var analysis = _analyzer.Analyze(text, null);
            if (_lookup.Find(text) is not null && analysis.Confidence >= 0)
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>The same without the cluster lookup (plain analyze).</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public double AnalyzeOnly()
    {
        var sum = 0.0;
        foreach (var text in _texts)
        {
            sum += _analyzer.Analyze(text, null).Confidence;
        }

        return sum;
    }

    /// <summary>
    /// Process CPU time per post over 5 passes of the 1,000 posts (after one warm-up pass), for a loaded machine where
    /// wall time measures the other users: CPU time counts only the cycles this process got.
    /// </summary>
    public static void MeasureCpu(TextWriter output)
    {
        var bench = new FullAnalyzeBenchmarks();
        bench.Setup();
        bench.AnalyzeWithClusterLookup();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var pass = 0; pass < 5; pass++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = System.Diagnostics.Stopwatch.StartNew();
            bench.AnalyzeWithClusterLookup();
            process.Refresh();
            var perPost = (process.TotalProcessorTime - cpu).TotalMicroseconds / Posts;
            output.WriteLine(System.FormattableString.Invariant($"pass {pass + 1}: {perPost:F1} µs CPU per post ({1e6 / perPost:F0} posts/s per core), wall {wall.Elapsed.TotalMicroseconds / Posts:F1} µs per post"));
        }

        // Where the time goes: each stage alone, same posts, 3 passes each (CPU µs per post, best pass).
        var language = LanguageIdentifier.Default;
        var extractor = new IndicatorExtractor();
        var classifier = CategoryClassifier.LoadEmbedded();
        var guesses = bench._texts.Select(t => language.Identify(t)).ToArray();
        var indicators = bench._texts.Select((t, i) => extractor.Extract(t, guesses[i]).Indicators).ToArray();
        (string Stage, Action<int> Run)[] stages =
        [
            ("language identification", i => language.Identify(bench._texts[i])),
            ("indicator extraction", i => extractor.Extract(bench._texts[i], guesses[i])),
            ("classification", i => classifier.Classify(bench._texts[i], guesses[i], indicators[i])),
            ("SimHash + cluster lookup (1M)", i => bench._lookup.Find(bench._texts[i])),
        ];
        foreach (var (stage, run) in stages)
        {
            var best = double.MaxValue;
            for (var pass = 0; pass < 3; pass++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                for (var i = 0; i < Posts; i++)
                {
                    run(i);
                }

                process.Refresh();
                best = Math.Min(best, (process.TotalProcessorTime - cpu).TotalMicroseconds / Posts);
            }

            output.WriteLine(System.FormattableString.Invariant($"{stage}: {best:F1} µs CPU per post"));
        }
    }

    [GeneratedRegex(@"\[phone:[^\]]*\]")]
    private static partial Regex Token();
}
