using System.Diagnostics;
using System.Globalization;
using Vigil.Storage.Search;
using Vigil.Storage.Sqlite;
using Vigil.WebBench;

// Builds a large store for the dashboard load test (docs/benchmarks.md, "Web dashboard under load"):
//   dotnet run -c Release --project bench/Vigil.WebBench -- SEED.db OUT.db [POSTS]
// SEED.db is a store made by `vigil demo --store SEED.db` (real analysed, pseudonymised demo posts);
// OUT.db receives POSTS (default 1,000,000) variants of them. Nothing is committed: the store is data.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Vigil.WebBench SEED.db OUT.db [POSTS]   (make SEED.db with `vigil demo --store SEED.db`)");
    return 2;
}

var total = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
if (File.Exists(args[1]))
{
    Console.Error.WriteLine($"{args[1]} exists; delete it first.");
    return 2;
}

await using var seedStore = await SqlitePostStore.OpenAsync(args[0]);
var seeds = new List<Vigil.Core.Posts.StoredPost>();
await foreach (var post in seedStore.ScanAsync(SearchFilters.None, CancellationToken.None))
{
    seeds.Add(post);
}

Console.WriteLine($"{seeds.Count:N0} seed posts from {args[0]}");
var generator = new PostVariants(seeds, new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero), weeks: 52);
await using var store = await SqlitePostStore.OpenAsync(args[1]);
var clock = Stopwatch.StartNew();
const int batchSize = 10_000;
for (var start = 0; start < total; start += batchSize)
{
    var batch = Enumerable.Range(start, Math.Min(batchSize, total - start)).Select(generator.Make).ToList();
    await store.WriteAsync(batch, CancellationToken.None);
    if ((start / batchSize) % 10 == 0)
    {
        Console.WriteLine($"{start + batch.Count:N0} posts, {clock.Elapsed.TotalSeconds:0} s");
    }
}

Console.WriteLine($"{await store.CountAsync(CancellationToken.None):N0} posts in {args[1]} ({new FileInfo(args[1]).Length / 1e9:0.00} GB) in {clock.Elapsed.TotalSeconds:0} s");
return 0;
