using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*'
// Run one:   dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*Dedup*'
// Short job: add `--job short` (what docs/benchmarks.md records unless it says otherwise).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
