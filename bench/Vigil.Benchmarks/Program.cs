using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*'
// Run one:   dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*Dedup*'
// Short job: add `--job short` (what docs/benchmarks.md records unless it says otherwise).
// CPU time of the full analyze (robust to a loaded machine): dotnet run -c Release --project bench/Vigil.Benchmarks -- analyze-cpu
// The same work in a loop for a profiler (perf record): ... -- analyze-loop SECONDS
if (args is ["analyze-cpu", ..])
{
    Vigil.Benchmarks.AnalyzeCpu.Measure(Console.Out);
    return;
}

// Instruction counts (load-independent): valgrind --tool=callgrind --dump-before=getpgrp dotnet <dll> analyze-count STAGE PASSES
if (args is ["analyze-count", var stage, var passes, ..])
{
    Vigil.Benchmarks.AnalyzeCpu.Count(Console.Out, stage, int.Parse(passes, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["analyze-loop", var seconds, ..])
{
    Vigil.Benchmarks.AnalyzeCpu.Loop(Console.Out, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
