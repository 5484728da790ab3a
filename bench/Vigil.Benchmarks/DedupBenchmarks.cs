using BenchmarkDotNet.Attributes;
using Vigil.Analysis.Dedup;

namespace Vigil.Benchmarks;

/// <summary>
/// SimHash of a ~300-character advert, and a near-duplicate lookup against 1,000,000 stored
/// fingerprints (random, so buckets are as full as they get on average).
/// </summary>
[MemoryDiagnoser]
public class DedupBenchmarks
{
    private const string Advert =
        "🚤 رحلات مضمونة من إزمير إلى اليونان كل أسبوع، السعر 4500 يورو للشخص، الدفع عند الوصول. للتواصل واتساب +90 532 123 45 67 " +
        "Safe trip from Libya to Italy by big boat, 100% guaranteed, price 3000$ per person, call or WhatsApp now, places limited ✅";

    private NearDuplicateIndex _index = null!;
    private ulong _query;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(3);
        _index = new NearDuplicateIndex();
        for (var i = 0; i < 1_000_000; i++)
        {
            _index.Add((ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 33));
        }

        _query = SimHash.Compute(Advert);
        _index.Add(_query ^ 0b1011);
        _index.Compact();
        Console.WriteLine($"// index: {_index.Count:N0} fingerprints, {_index.ApproximateBytes / (double)_index.Count:F1} bytes per post");
    }

    [Benchmark]
    public ulong Fingerprint() => SimHash.Compute(Advert);

    [Benchmark]
    public int LookupAgainstOneMillion() => _index.Find(_query, ClusterBuilder.DefaultMaxDistance).Count;
}
