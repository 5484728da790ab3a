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
        _texts = MakeTexts();
        _analyzer = new PostAnalyzer(LanguageIdentifier.Default, new IndicatorExtractor(), CategoryClassifier.LoadEmbedded());
        _lookup = MakeLookup(_texts);
        Console.WriteLine($"// cluster lookup: {_lookup.Count:N0} stored fingerprints, {_lookup.ApproximateBytes / (double)_lookup.Count:F1} bytes per post (index + cluster id)");
        Console.WriteLine($"// mean post length {_texts.Average(t => t.Length):F0} characters; clusters found {_texts.Count(t => _lookup.Find(t) is not null)} of {Posts}");
    }

    /// <summary>The 1,000 posts: synthetic text with a clear Turkish phone number in place of the token.</summary>
    internal static string[] MakeTexts()
    {
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, Posts)
            .Select(i => Token().Replace(SyntheticPosts.Make(i, start).Text, "+90 532 " + (1000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
    }

    /// <summary>The store: a near copy of every post among 999,000 random fingerprints.</summary>
    internal static ClusterLookup MakeLookup(IReadOnlyList<string> texts)
    {
        var rng = new Random(11);
        var fingerprints = new List<ulong>(Stored);
        foreach (var text in texts)
        {
            fingerprints.Add(SimHash.Compute(text + " 🙏 repost"));
        }

        while (fingerprints.Count < Stored)
        {
            fingerprints.Add((ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 33));
        }

        return ClusterLookup.FromFingerprints(fingerprints);
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

    /// <summary>The posts (for <see cref="AnalyzeCpu"/>).</summary>
    internal IReadOnlyList<string> Texts => _texts;

    /// <summary>The analyzer (for <see cref="AnalyzeCpu"/>).</summary>
    internal PostAnalyzer Analyzer => _analyzer;

    /// <summary>The cluster lookup over 1,000,000 fingerprints (for <see cref="AnalyzeCpu"/>).</summary>
    internal ClusterLookup Lookup => _lookup;

    [GeneratedRegex(@"\[phone:[^\]]*\]")]
    private static partial Regex Token();
}
