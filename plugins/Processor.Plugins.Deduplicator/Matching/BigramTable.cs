using Processor.Plugins.Deduplicator.Hashing;

namespace Processor.Plugins.Deduplicator.Matching;

/// <summary>
/// Each distinct text's word bigrams as sorted distinct hashes, in one column (like <see cref="TermTable"/>): computed
/// once per text, so that comparing two texts is a merge of two sorted lists rather than two sorts per comparison.
/// </summary>
internal sealed class BigramTable
{
    private readonly ulong[] _bigrams;
    private readonly int[] _start;
    private readonly int[] _count;

    private BigramTable(TextSketches sketches, CancellationToken cancellation)
    {
        _start = new int[sketches.Count + 1];
        for (var d = 0; d < sketches.Count; d++) _start[d + 1] = checked(_start[d] + Math.Max(sketches.Words(d).Length - 1, 0));
        _bigrams = new ulong[_start[^1]];
        _count = new int[sketches.Count];
        Parallel.For(0, sketches.Count, new ParallelOptions { CancellationToken = cancellation }, d =>
        {
            var words = sketches.Words(d);
            var pairs = _bigrams.AsSpan(_start[d], _start[d + 1] - _start[d]);
            for (var k = 0; k + 1 < words.Length; k++) pairs[k] = words[k] * 0x9E3779B97F4A7C15UL ^ (words[k + 1] + 0x632BE59BD9B4E019UL);
            pairs.Sort();
            var n = 0;
            for (var k = 0; k < pairs.Length; k++)
                if (k == 0 || pairs[k] != pairs[k - 1]) pairs[n++] = pairs[k];
            _count[d] = n;
        });
    }

    public static BigramTable Build(TextSketches sketches, CancellationToken cancellation) => new(sketches, cancellation);

    /// <summary>Jaccard similarity of two texts' bigram sets.</summary>
    public double Jaccard(int a, int b)
    {
        var x = _bigrams.AsSpan(_start[a], _count[a]);
        var y = _bigrams.AsSpan(_start[b], _count[b]);
        if (x.Length == 0 || y.Length == 0) return 0;
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { shared++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return shared / (double)(x.Length + y.Length - shared);
    }
}
