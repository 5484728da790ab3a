namespace Vigil.Analysis.Dedup;

/// <summary>Disjoint sets over dense ids with path halving and union by size.</summary>
internal sealed class UnionFind
{
    private readonly List<int> _parent = [];
    private readonly List<int> _size = [];

    public int Add()
    {
        _parent.Add(_parent.Count);
        _size.Add(1);
        return _parent.Count - 1;
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    public void Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b)
        {
            return;
        }

        if (_size[a] < _size[b])
        {
            (a, b) = (b, a);
        }

        _parent[b] = a;
        _size[a] += _size[b];
    }
}
