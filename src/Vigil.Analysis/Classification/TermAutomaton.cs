namespace Vigil.Analysis.Classification;

/// <summary>
/// An Aho–Corasick automaton: finds every occurrence of every term in one left-to-right pass.
/// Immutable after construction, so one instance serves all threads.
/// </summary>
internal sealed class TermAutomaton
{
    /// <summary>An occurrence: the term's index and the [start, end) span in the text.</summary>
    internal readonly record struct Hit(int Index, int Start, int End);

    private readonly Dictionary<long, int> _next = [];
    private readonly int[] _fail;
    private readonly int[][] _outputs;
    private readonly ulong[] _alphabet = new ulong[65536 / 64];

    public TermAutomaton(IEnumerable<(string Term, int Index)> terms)
    {
        var outputs = new List<List<int>> { new() };
        foreach (var (term, index) in terms)
        {
            var node = 0;
            foreach (var c in term)
            {
                _alphabet[c >> 6] |= 1UL << (c & 63);
                if (!_next.TryGetValue(Key(node, c), out var child))
                {
                    child = outputs.Count;
                    outputs.Add([]);
                    _next[Key(node, c)] = child;
                }

                node = child;
            }

            outputs[node].Add(index);
            _lengths[index] = term.Length;
        }

        _fail = new int[outputs.Count];
        var children = new List<(int Node, char C, int Child)>[outputs.Count];
        foreach (var (key, child) in _next)
        {
            var parent = (int)(key >> 16);
            (children[parent] ??= []).Add((parent, (char)(key & 0xFFFF), child));
        }

        // Breadth-first: a node's failure link is the longest proper suffix that is also a trie node.
        var queue = new Queue<int>();
        foreach (var (_, _, child) in children[0] ?? [])
        {
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (_, c, child) in children[node] ?? [])
            {
                var f = _fail[node];
                while (f != 0 && !_next.ContainsKey(Key(f, c)))
                {
                    f = _fail[f];
                }

                _fail[child] = _next.TryGetValue(Key(f, c), out var target) && target != child ? target : 0;
                outputs[child].AddRange(outputs[_fail[child]]);
                queue.Enqueue(child);
            }
        }

        _outputs = outputs.Select(o => o.ToArray()).ToArray();
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

            int next;
            while (!_next.TryGetValue(Key(node, c), out next) && node != 0)
            {
                node = _fail[node];
            }

            node = next;
            foreach (var index in _outputs[node])
            {
                hits.Add(new Hit(index, i + 1 - _lengths[index], i + 1));
            }
        }
    }

    private readonly Dictionary<int, int> _lengths = [];

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
