namespace Vigil.Analysis.Classification;

/// <summary>
/// An Aho–Corasick automaton: finds every occurrence of every term in one left-to-right pass.
/// The goto function is one open-addressing table keyed by (node, char), probed with a multiplicative
/// hash: a lookup is one or two reads of adjacent slots instead of a dictionary's bucket and entry. A slot
/// packs the key and the target node in one <c>ulong</c> (one read per probe), and the target carries a bit
/// that says whether any term ends there, so the outputs (one flat array) are read only for those nodes.
/// Immutable after construction, so one instance serves all threads.
/// </summary>
internal sealed class TermAutomaton
{
    /// <summary>An occurrence: the term's index and the [start, end) span in the text.</summary>
    internal readonly record struct Hit(int Index, int Start, int End);

    private const ulong Empty = ulong.MaxValue;
    private const int TargetBits = 24;
    private const int HasOutput = 1 << (TargetBits - 1);
    private const int NodeMask = HasOutput - 1;
    private const int MaxNodes = NodeMask;

    private readonly ulong[] _slots; // key (node << 16 | char) << 24 | target (node | HasOutput)
    private readonly int _shift;
    private readonly int[] _fail;
    private readonly int[] _outputStarts; // the terms ending at node n: _outputs[_outputStarts[n].._outputStarts[n + 1]]
    private readonly int[] _outputs;
    private readonly int[] _lengths;
    private readonly ulong[] _alphabet = new ulong[65536 / 64];

    public TermAutomaton(IEnumerable<(string Term, int Index)> terms)
    {
        var next = new Dictionary<long, int>();
        var outputs = new List<List<int>> { new() };
        var lengths = new Dictionary<int, int>();
        foreach (var (term, index) in terms)
        {
            var node = 0;
            foreach (var c in term)
            {
                _alphabet[c >> 6] |= 1UL << (c & 63);
                if (!next.TryGetValue(Key(node, c), out var child))
                {
                    child = outputs.Count;
                    outputs.Add([]);
                    next[Key(node, c)] = child;
                }

                node = child;
            }

            outputs[node].Add(index);
            lengths[index] = term.Length;
        }

        _fail = new int[outputs.Count];
        var children = new List<(char C, int Child)>[outputs.Count];
        foreach (var (key, child) in next)
        {
            (children[(int)(key >> 16)] ??= []).Add(((char)(key & 0xFFFF), child));
        }

        // Breadth-first: a node's failure link is the longest proper suffix that is also a trie node.
        var queue = new Queue<int>();
        foreach (var (_, child) in children[0] ?? [])
        {
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (c, child) in children[node] ?? [])
            {
                var f = _fail[node];
                while (f != 0 && !next.ContainsKey(Key(f, c)))
                {
                    f = _fail[f];
                }

                _fail[child] = next.TryGetValue(Key(f, c), out var target) && target != child ? target : 0;
                outputs[child].AddRange(outputs[_fail[child]]);
                queue.Enqueue(child);
            }
        }

        if (outputs.Count > MaxNodes)
        {
            throw new ArgumentException($"Too many lexicon terms: the automaton has {outputs.Count} nodes, at most {MaxNodes}.", nameof(terms));
        }

        _outputStarts = new int[outputs.Count + 1];
        for (var n = 0; n < outputs.Count; n++)
        {
            _outputStarts[n + 1] = _outputStarts[n] + outputs[n].Count;
        }

        _outputs = [.. outputs.SelectMany(o => o)];
        _lengths = new int[lengths.Count == 0 ? 0 : lengths.Keys.Max() + 1];
        foreach (var (index, length) in lengths)
        {
            _lengths[index] = length;
        }

        // At most a quarter full, so that a missing key (the common case: no such edge) ends at an empty slot soon.
        var bits = 4;
        while ((1 << bits) < next.Count * 4)
        {
            bits++;
        }

        _shift = 64 - bits;
        _slots = new ulong[1 << bits];
        Array.Fill(_slots, Empty);
        foreach (var (key, child) in next)
        {
            var slot = Slot(key);
            while (_slots[slot] != Empty)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = ((ulong)key << TargetBits) | (uint)(child | (outputs[child].Count > 0 ? HasOutput : 0));
        }
    }

    /// <summary>Appends every occurrence of every term in <paramref name="text"/> to <paramref name="hits"/>.</summary>
    public void FindAll(string text, List<Hit> hits)
    {
        var node = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((_alphabet[c >> 6] & (1UL << (c & 63))) == 0)
            {
                node = 0;
                continue;
            }

            int target;
            while ((target = Next(node, c)) < 0 && node != 0)
            {
                node = _fail[node];
            }

            if (target < 0)
            {
                node = 0;
                continue;
            }

            node = target & NodeMask;
            if ((target & HasOutput) != 0)
            {
                for (var o = _outputStarts[node]; o < _outputStarts[node + 1]; o++)
                {
                    var index = _outputs[o];
                    hits.Add(new Hit(index, i + 1 - _lengths[index], i + 1));
                }
            }
        }
    }

    // The target (node | HasOutput) of the edge from node on c, or -1.
    private int Next(int node, char c)
    {
        var key = (ulong)Key(node, c);
        var mask = _slots.Length - 1;
        for (var slot = Slot((long)key); ; slot = (slot + 1) & mask)
        {
            var stored = _slots[slot];
            if (stored >> TargetBits == key)
            {
                return (int)(stored & ((1UL << TargetBits) - 1));
            }

            if (stored == Empty)
            {
                return -1;
            }
        }
    }

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> _shift);

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
