using System.Numerics;

namespace Vigil.Analysis.Dedup;

/// <summary>A stored fingerprint close to a query: its id and Hamming distance.</summary>
public readonly record struct Neighbour(int Id, int Distance);

/// <summary>
/// Finds stored SimHash fingerprints within a Hamming distance of a query without scanning them all.
/// Each of <see cref="Tables"/> tables buckets the ids by a 12-bit window of the fingerprint (windows at
/// 8-bit offsets); a near duplicate almost always agrees on at least one window up to one bit, so only
/// those buckets are checked. Memory: 8 bytes of fingerprint + 4 bytes per table = 40 bytes a post, plus a
/// fixed 128 KB of bucket offsets. Ids are dense (0, 1, 2, …) in insertion order.
/// Not thread-safe for writes; concurrent reads are safe when no write runs.
/// </summary>
public sealed class NearDuplicateIndex
{
    public const int Tables = 8;
    private const int KeyBits = 12;
    private const int Buckets = 1 << KeyBits;
    private const int PendingLimit = 4096;

    private ulong[] _fingerprints = new ulong[1024];
    private int[][] _ids = new int[Tables][];
    private readonly int[][] _starts = new int[Tables][];
    private int _indexed;
    private int _count;

    public NearDuplicateIndex()
    {
        for (var t = 0; t < Tables; t++)
        {
            _ids[t] = [];
            _starts[t] = new int[Buckets + 1];
        }
    }

    public int Count => _count;

    /// <summary>Approximate memory held, in bytes (for the benchmark's bytes-per-post figure).</summary>
    public long ApproximateBytes => (_fingerprints.LongLength * 8) + _ids.Sum(a => (long)a.Length * 4) + (Tables * (Buckets + 1) * 4L);

    public ulong this[int id] => _fingerprints[id];

    /// <summary>Adds a fingerprint and returns its id.</summary>
    public int Add(ulong fingerprint)
    {
        if (_count == _fingerprints.Length)
        {
            Array.Resize(ref _fingerprints, _count * 2);
        }

        _fingerprints[_count] = fingerprint;
        _count++;
        if (_count - _indexed >= Math.Max(PendingLimit, _indexed / 4))
        {
            Rebuild();
        }

        return _count - 1;
    }

    /// <summary>
    /// Ids within <paramref name="maxDistance"/> of <paramref name="fingerprint"/>, nearest first. Each
    /// table is probed at the query's window key and at the 12 keys one bit away from it, so a near
    /// duplicate is found when any of its windows differs from the query's in at most one bit.
    /// </summary>
    public IReadOnlyList<Neighbour> Find(ulong fingerprint, int maxDistance)
    {
        var found = new List<Neighbour>();
        HashSet<int>? seen = null;
        for (var t = 0; t < Tables; t++)
        {
            var key = Key(fingerprint, t);
            for (var flip = -1; flip < KeyBits; flip++)
            {
                var probe = flip < 0 ? key : key ^ (1 << flip);
                Scan(_starts[t][probe], _starts[t][probe + 1], _ids[t], fingerprint, maxDistance, found, ref seen);
            }
        }

        for (var id = _indexed; id < _count; id++)
        {
            Consider(id, fingerprint, maxDistance, found, ref seen);
        }

        found.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Id.CompareTo(b.Id));
        return found;
    }

    private void Scan(int from, int to, int[] ids, ulong fingerprint, int maxDistance, List<Neighbour> found, ref HashSet<int>? seen)
    {
        for (var i = from; i < to; i++)
        {
            Consider(ids[i], fingerprint, maxDistance, found, ref seen);
        }
    }

    private void Consider(int id, ulong fingerprint, int maxDistance, List<Neighbour> found, ref HashSet<int>? seen)
    {
        var distance = BitOperations.PopCount(_fingerprints[id] ^ fingerprint);
        if (distance <= maxDistance && (seen ??= []).Add(id))
        {
            found.Add(new Neighbour(id, distance));
        }
    }

    private static int Key(ulong fingerprint, int table) =>
        (int)(BitOperations.RotateRight(fingerprint, table * 8) & (Buckets - 1));

    // Counting sort of all ids by each table's key: O(n) per table, amortised by the growing pending limit.
    private void Rebuild()
    {
        for (var t = 0; t < Tables; t++)
        {
            var starts = _starts[t];
            Array.Clear(starts);
            for (var id = 0; id < _count; id++)
            {
                starts[Key(_fingerprints[id], t) + 1]++;
            }

            for (var b = 0; b < Buckets; b++)
            {
                starts[b + 1] += starts[b];
            }

            var ids = _ids[t].Length >= _count ? _ids[t] : new int[Math.Max(_count, _ids[t].Length * 2)];
            var next = new int[Buckets];
            Array.Copy(starts, next, Buckets);
            for (var id = 0; id < _count; id++)
            {
                ids[next[Key(_fingerprints[id], t)]++] = id;
            }

            _ids[t] = ids;
        }

        _indexed = _count;
    }
}
