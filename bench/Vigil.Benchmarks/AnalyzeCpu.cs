using System.Diagnostics;
using System.Globalization;
using Vigil.Analysis.Classification;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Language;

namespace Vigil.Benchmarks;

/// <summary>
/// Process CPU time and managed allocation per post of the <see cref="FullAnalyzeBenchmarks"/> work, for a
/// loaded machine where wall time measures the other users: CPU time counts only the cycles this process
/// got, and the bytes allocated do not depend on the load at all. The full analyze runs 20 passes over the
/// 1,000 posts (the first ones include tiered JIT compilation; the steady state is the median of the last
/// five), then each stage alone (5 passes each after 2 warm-up passes, median and best).
/// </summary>
internal static class AnalyzeCpu
{
    private const int FullPasses = 20;
    private const int SteadyPasses = 5;
    private const int StageWarmup = 2;
    private const int StagePasses = 5;

    public static void Measure(TextWriter output)
    {
        var bench = new FullAnalyzeBenchmarks();
        bench.Setup();
        var texts = bench.Texts;
        var perPass = new List<double>();
        for (var pass = 0; pass < FullPasses; pass++)
        {
            var (cpu, wall, bytes) = Time(texts.Count, i =>
            {
                var analysis = bench.Analyzer.Analyze(texts[i], null);
                _ = bench.Lookup.Find(texts[i]) is not null && analysis.Confidence >= 0;
            });
            perPass.Add(cpu);
            output.WriteLine(Invariant($"pass {pass + 1}: {cpu:F1} µs CPU per post, wall {wall:F1} µs, {bytes:F0} B allocated per post"));
        }

        var steady = perPass.Skip(FullPasses - SteadyPasses).Order().ToList();
        output.WriteLine(Invariant($"full analyze + cluster lookup (1M), steady state (passes {FullPasses - SteadyPasses + 1}–{FullPasses}): median {steady[SteadyPasses / 2]:F1} µs CPU per post ({1e6 / steady[SteadyPasses / 2]:F0} posts/s per core), best {steady[0]:F1} µs"));

        // Where the time goes: each stage alone, same posts.
        var language = LanguageIdentifier.Default;
        var extractor = new IndicatorExtractor();
        var classifier = CategoryClassifier.LoadEmbedded();
        var guesses = texts.Select(t => language.Identify(t)).ToArray();
        var indicators = texts.Select((t, i) => extractor.Extract(t, guesses[i]).Indicators).ToArray();
        (string Stage, Action<int> Run)[] stages =
        [
            ("language identification", i => language.Identify(texts[i])),
            ("indicator extraction", i => extractor.Extract(texts[i], guesses[i])),
            ("language + indicators", i => extractor.Extract(texts[i], language.Identify(texts[i]))),
            ("classification", i => classifier.Classify(texts[i], guesses[i], indicators[i])),
            ("analyze without lookup", i => bench.Analyzer.Analyze(texts[i], null)),
            ("SimHash + cluster lookup (1M)", i => bench.Lookup.Find(texts[i])),
        ];
        foreach (var (stage, run) in stages)
        {
            var cpu = new List<double>();
            var bytes = 0.0;
            for (var pass = 0; pass < StageWarmup + StagePasses; pass++)
            {
                var measured = Time(texts.Count, run);
                if (pass >= StageWarmup)
                {
                    cpu.Add(measured.Cpu);
                    bytes = measured.Bytes;
                }
            }

            cpu.Sort();
            output.WriteLine(Invariant($"{stage}: median {cpu[StagePasses / 2]:F1} µs CPU per post, best {cpu[0]:F1} µs, {bytes:F0} B allocated per post"));
        }

        output.WriteLine(Invariant($"cluster lookup memory: {bench.Lookup.ApproximateBytes / (double)bench.Lookup.Count:F1} bytes per post (index + cluster id)"));
    }

    /// <summary>The full analyze + lookup in a loop for <paramref name="seconds"/> of wall time (to run under a profiler).</summary>
    public static void Loop(TextWriter output, double seconds)
    {
        var bench = new FullAnalyzeBenchmarks();
        bench.Setup();
        var wall = Stopwatch.StartNew();
        var posts = 0L;
        while (wall.Elapsed.TotalSeconds < seconds)
        {
            bench.AnalyzeWithClusterLookup();
            posts += bench.Texts.Count;
        }

        output.WriteLine(Invariant($"{posts:N0} posts analysed in {wall.Elapsed.TotalSeconds:F1} s"));
    }

    /// <summary>
    /// For instruction counts under callgrind: one warm-up pass of <paramref name="stage"/>, then
    /// <paramref name="passes"/> passes between two calls of libc's <c>getpgrp</c>, so that
    /// <c>valgrind --tool=callgrind --dump-before=getpgrp</c> writes the measured passes as a dump of their own.
    /// Stages: full (analyze + lookup), analyze, language, indicators, language+indicators, classify, lookup.
    /// </summary>
    public static void Count(TextWriter output, string stage, int passes)
    {
        var texts = FullAnalyzeBenchmarks.MakeTexts();
        var language = LanguageIdentifier.Default;
        var extractor = new IndicatorExtractor();
        var classifier = CategoryClassifier.LoadEmbedded();
        var analyzer = new Vigil.Analysis.PostAnalyzer(language, extractor, classifier);
        var lookup = stage is "full" or "lookup" ? FullAnalyzeBenchmarks.MakeLookup(texts) : null;
        var guesses = texts.Select(t => language.Identify(t)).ToArray();
        var indicators = texts.Select((t, i) => extractor.Extract(t, guesses[i]).Indicators).ToArray();
        Action<int> run = stage switch
        {
            "full" => i =>
            {
                analyzer.Analyze(texts[i], null);
                lookup!.Find(texts[i]);
            },
            "analyze" => i => analyzer.Analyze(texts[i], null),
            "language" => i => language.Identify(texts[i]),
            "indicators" => i => extractor.Extract(texts[i], guesses[i]),
            "language+indicators" => i => extractor.Extract(texts[i], language.Identify(texts[i])),
            "classify" => i => classifier.Classify(texts[i], guesses[i], indicators[i]),
            "lookup" => i => lookup!.Find(texts[i]),
            _ => throw new ArgumentException($"Unknown stage '{stage}'."),
        };
        for (var i = 0; i < texts.Length; i++)
        {
            run(i);
        }

        Marker();
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                run(i);
            }
        }

        Marker();
        output.WriteLine(Invariant($"{stage}: {passes} passes of {texts.Length} posts"));
    }

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "getpgrp")]
    private static extern int Marker();

    private static (double Cpu, double Wall, double Bytes) Time(int count, Action<int> run)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            run(i);
        }

        var elapsed = wall.Elapsed;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalMicroseconds / count, elapsed.TotalMicroseconds / count, bytes / (double)count);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
