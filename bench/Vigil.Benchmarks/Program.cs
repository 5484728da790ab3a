using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*'
// Run one:   dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*Dedup*'
// Short job: add `--job short` (what docs/benchmarks.md records unless it says otherwise).
// CPU time of the full analyze (robust to a loaded machine): dotnet run -c Release --project bench/Vigil.Benchmarks -- analyze-cpu
if (args is ["analyze-cpu", ..])
{
    Vigil.Benchmarks.FullAnalyzeBenchmarks.MeasureCpu(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
