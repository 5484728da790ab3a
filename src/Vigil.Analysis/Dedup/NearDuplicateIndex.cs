using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Vigil.Analysis.Dedup;

/// <summary>A stored fingerprint close to a query: its id and Hamming distance.</summary>
public readonly record struct Neighbour(int Id, int Distance);

/// <summary>
/// Finds stored SimHash fingerprints within a Hamming distance of a query without scanning them all.
/// Each of <see cref="Tables"/> tables sorts the fingerprints by a 16-bit window (windows at 13-bit
/// offsets, together covering all 64 bits) and keeps them inline, so a probe reads one contiguous run.
/// A query probes each table at its own window key and at the 16 keys one bit away: a near duplicate
/// is found when any of its windows differs from the query's in at most one bit (measured recall in
/// the tests and benchmarks). An entry stores only the 48 bits outside its table's window (the window
/// is the bucket it sits in) packed with the low 16 bits of its id in one <c>ulong</c>, and the high
/// 16 bits of the id apart (read only on a match): 10 bytes per table = 50 bytes a post, plus 1.3 MB of
/// bucket offsets. Ids are dense (0, 1, 2, …) in insertion order.
/// Not thread-safe for writes; concurrent reads are safe when no write runs.
/// </summary>
public sealed class NearDuplicateIndex
{
    public const int Tables = 5;
    private const int KeyBits = 16;
    private const int WindowStep = 13;
    private const int Buckets = 1 << KeyBits;
    private const int PendingLimit = 4096;
    private const ulong LowMask = 0xFFFF;

    private readonly ulong[][] _entries = new ulong[Tables][]; // rest of the fingerprint << 16 | low 16 bits of the id
    private readonly ushort[][] _idHigh = new ushort[Tables][];
    private readonly int[][] _starts = new int[Tables][];
    private ulong[] _pending = new ulong[PendingLimit];
    private int _pendingCount;
    private int _indexed;

    public NearDuplicateIndex()
    {
        for (var t = 0; t < Tables; t++)
        {
            _entries[t] = [];
            _idHigh[t] = [];
            _starts[t] = new int[Buckets + 1];
        }
    }

    public int Count => _indexed + _pendingCount;

    /// <summary>Approximate memory held, in bytes (for the benchmark's bytes-per-post figure).</summary>
    public long ApproximateBytes
    {
        get
        {
            var bytes = _pending.LongLength * 8;
            for (var t = 0; t < Tables; t++)
            {
                bytes += (_entries[t].LongLength * 8) + (_idHigh[t].LongLength * 2) + ((Buckets + 1) * 4L);
            }

            return bytes;
        }
    }

    /// <summary>Adds a fingerprint and returns its id.</summary>
    public int Add(ulong fingerprint)
    {
        if (_pendingCount == _pending.Length)
        {
            Array.Resize(ref _pending, _pending.Length * 2);
        }

        _pending[_pendingCount++] = fingerprint;
        if (_pendingCount >= PendingLimit)
        {
            Rebuild();
        }

        return Count - 1;
    }

    /// <summary>Adds many fingerprints with one rebuild (ids continue in order); returns the id of the first.</summary>
    public int AddRange(ReadOnlySpan<ulong> fingerprints)
    {
        var first = Count;
        if (_pendingCount + fingerprints.Length > _pending.Length)
        {
            Array.Resize(ref _pending, _pendingCount + fingerprints.Length);
        }

        fingerprints.CopyTo(_pending.AsSpan(_pendingCount));
        _pendingCount += fingerprints.Length;
        if (_pendingCount >= PendingLimit)
        {
            Rebuild();
        }

        return first;
    }

    /// <summary>Moves recently added fingerprints into the tables (done automatically every 4,096 adds).</summary>
    public void Compact()
    {
        if (_pendingCount > 0)
        {
            Rebuild();
        }
    }

    /// <summary>Ids within <paramref name="maxDistance"/> of <paramref name="fingerprint"/>, nearest first (then by id).</summary>
    public IReadOnlyList<Neighbour> Find(ulong fingerprint, int maxDistance)
    {
        var all = new AllVisitor();
        Scan(fingerprint, maxDistance, ref all);
        var found = all.Found;
        found?.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Id.CompareTo(b.Id));
        return (IReadOnlyList<Neighbour>?)found ?? [];
    }

    /// <summary>
    /// The nearest stored fingerprint within <paramref name="maxDistance"/> (the lowest id among equally near
    /// ones: the first of <see cref="Find"/>), or null. Allocates nothing.
    /// </summary>
    public Neighbour? FindNearest(ulong fingerprint, int maxDistance)
    {
        var nearest = new NearestVisitor();
        Scan(fingerprint, maxDistance, ref nearest);
        return nearest.Found ? new Neighbour(nearest.Id, nearest.Distance) : null;
    }

    private interface IVisitor
    {
        void Visit(int id, int distance);
    }

    private struct AllVisitor : IVisitor
    {
        public List<Neighbour>? Found;
        private HashSet<int>? _seen;

        public void Visit(int id, int distance)
        {
            if ((_seen ??= []).Add(id))
            {
                (Found ??= []).Add(new Neighbour(id, distance));
            }
        }
    }

    private struct NearestVisitor : IVisitor
    {
        public bool Found;
        public int Id;
        public int Distance;

        public void Visit(int id, int distance)
        {
            if (!Found || distance < Distance || (distance == Distance && id < Id))
            {
                Found = true;
                Id = id;
                Distance = distance;
            }
        }
    }

    // Every stored fingerprint within maxDistance, each once per table whose probes reach it, in table order and
    // within a table key first, then the keys one bit away. The probes are independent random reads in a large
    // index (memory latency, not arithmetic): their bucket offsets and the first line of every bucket are
    // prefetched before the buckets are scanned, so the misses overlap instead of following one another.
    private void Scan<TVisitor>(ulong fingerprint, int maxDistance, ref TVisitor visitor)
        where TVisitor : struct, IVisitor
    {
        if (maxDistance < 0)
        {
            return;
        }

        // Probes per table: the key itself, and the 16 keys one bit away when one bit of budget is left.
        var perTable = maxDistance >= 1 ? KeyBits + 1 : 1;
        Span<int> probes = stackalloc int[Tables * (KeyBits + 1)];
        for (var t = 0; t < Tables; t++)
        {
            var key = (int)(BitOperations.RotateRight(fingerprint, t * WindowStep) & (Buckets - 1));
            for (var flip = -1; flip < perTable - 1; flip++)
            {
                var probe = flip < 0 ? key : key ^ (1 << flip);
                probes[(t * perTable) + flip + 1] = probe;
                Prefetch(_starts[t], probe);
            }
        }

        Span<int> begins = stackalloc int[Tables * (KeyBits + 1)];
        Span<int> ends = stackalloc int[Tables * (KeyBits + 1)];
        for (var t = 0; t < Tables; t++)
        {
            var starts = _starts[t];
            for (var j = t * perTable; j < (t + 1) * perTable; j++)
            {
                begins[j] = starts[probes[j]];
                ends[j] = starts[probes[j] + 1];
                if (begins[j] < ends[j])
                {
                    Prefetch(_entries[t], begins[j]);
                }
            }
        }

        for (var t = 0; t < Tables; t++)
        {
            var rest = BitOperations.RotateRight(fingerprint, t * WindowStep) & ~LowMask;
            var entries = _entries[t];
            var idHigh = _idHigh[t];
            for (var j = t * perTable; j < (t + 1) * perTable; j++)
            {
                // The window itself differs by 0 bits at the key, by 1 at the 16 keys one bit away.
                var keyDistance = j == t * perTable ? 0 : 1;
                var budget = maxDistance - keyDistance;
                for (var i = begins[j]; i < ends[j]; i++)
                {
                    var entry = entries[i];
                    var distance = BitOperations.PopCount((entry ^ rest) & ~LowMask);
                    if (distance <= budget)
                    {
                        visitor.Visit((idHigh[i] << 16) | (int)(entry & LowMask), distance + keyDistance);
                    }
                }
            }
        }

        for (var p = 0; p < _pendingCount; p++)
        {
            var distance = BitOperations.PopCount(_pending[p] ^ fingerprint);
            if (distance <= maxDistance)
            {
                visitor.Visit(_indexed + p, distance);
            }
        }
    }

    // A hint to the cache only: no effect on results, and a no-op where the CPU has no prefetch instruction.
    private static unsafe void Prefetch<T>(T[] array, int index)
        where T : unmanaged
    {
        if (Sse.IsSupported && (uint)index < (uint)array.Length)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref array[index]));
        }
    }

    private static int Key(ulong fingerprint, int table) =>
        (int)(BitOperations.RotateRight(fingerprint, table * WindowStep) & (Buckets - 1));

    private static ulong Rest(ulong fingerprint, int table) =>
        BitOperations.RotateRight(fingerprint, table * WindowStep) & ~LowMask;

    // Merges the pending fingerprints into every table by counting sort: O(n) per table every 4,096
    // adds, so lookups never scan more than 4,096 unindexed fingerprints. A stored entry keeps its
    // bucket, so the old runs are copied whole.
    private void Rebuild()
    {
        var total = _indexed + _pendingCount;
        for (var t = 0; t < Tables; t++)
        {
            var oldEntries = _entries[t];
            var oldHigh = _idHigh[t];
            var oldStarts = _starts[t];
            var starts = new int[Buckets + 1];
            for (var b = 0; b < Buckets; b++)
            {
                starts[b + 1] = oldStarts[b + 1] - oldStarts[b];
            }

            for (var p = 0; p < _pendingCount; p++)
            {
                starts[Key(_pending[p], t) + 1]++;
            }

            for (var b = 0; b < Buckets; b++)
            {
                starts[b + 1] += starts[b];
            }

            var entries = new ulong[total];
            var high = new ushort[total];
            var next = starts.AsSpan(0, Buckets).ToArray();
            for (var b = 0; b < Buckets; b++)
            {
                var run = oldStarts[b + 1] - oldStarts[b];
                oldEntries.AsSpan(oldStarts[b], run).CopyTo(entries.AsSpan(next[b]));
                oldHigh.AsSpan(oldStarts[b], run).CopyTo(high.AsSpan(next[b]));
                next[b] += run;
            }

            for (var p = 0; p < _pendingCount; p++)
            {
                var id = _indexed + p;
                var slot = next[Key(_pending[p], t)]++;
                entries[slot] = Rest(_pending[p], t) | ((uint)id & LowMask);
                high[slot] = (ushort)((uint)id >> 16);
            }

            _entries[t] = entries;
            _idHigh[t] = high;
            _starts[t] = starts;
        }

        _indexed = total;
        _pendingCount = 0;
        if (_pending.Length > PendingLimit)
        {
            _pending = new ulong[PendingLimit];
        }
    }
}
