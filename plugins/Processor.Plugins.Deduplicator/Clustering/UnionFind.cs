namespace Processor.Plugins.Deduplicator.Clustering;

/// <summary>Disjoint sets; the root of a set is always its smallest index, which keeps merging order-independent.</summary>
internal sealed class UnionFind(int count)
{
    private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

    public int Find(int x)
    {
        while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
        return x;
    }

    public void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb) return;
        if (ra < rb) _parent[rb] = ra; else _parent[ra] = rb;
    }
}
