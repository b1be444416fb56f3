namespace Processor.Plugins.Deduplicator.Matching;

/// <summary>
/// Every distinct claim text's <see cref="ContentTerms">content terms</see> (sorted hashes) with their weights, in
/// columns (one shared array and an offset per text, like <see cref="Hashing.TextSketches"/>). A term's weight is its
/// inverse document frequency over this corpus's distinct texts, ln((N + 1) / (df + 0.5)): a word most texts use says
/// little about which fact a text states, a name or a rare verb says much.
/// </summary>
internal sealed class TermTable
{
    private readonly ulong[] _terms;
    private readonly float[] _weights;
    private readonly int[] _frequencies;
    private readonly int[] _start;
    private TermTable(ulong[] terms, int[] start, Dictionary<ulong, int> frequency)
    {
        _terms = terms;
        _start = start;
        _weights = new float[terms.Length];
        _frequencies = new int[terms.Length];
        var n = start.Length - 1;
        for (var k = 0; k < terms.Length; k++)
        {
            _frequencies[k] = frequency[terms[k]];
            _weights[k] = (float)Math.Log((n + 1) / (_frequencies[k] + 0.5));
        }
    }

    public int Count => _start.Length - 1;

    public ReadOnlySpan<ulong> Terms(int text) => _terms.AsSpan(_start[text], _start[text + 1] - _start[text]);

    public ReadOnlySpan<float> Weights(int text) => _weights.AsSpan(_start[text], _start[text + 1] - _start[text]);

    /// <summary>In how many distinct texts each of a text's terms occurs (aligned with <see cref="Terms"/>).</summary>
    public ReadOnlySpan<int> Frequencies(int text) => _frequencies.AsSpan(_start[text], _start[text + 1] - _start[text]);

    /// <summary>The sum of a text's term weights.</summary>
    public double Mass(int text)
    {
        var sum = 0.0;
        foreach (var w in Weights(text)) sum += w;
        return sum;
    }

    /// <summary>Terms of every text (<paramref name="entities"/> gives a text's folded aliases and entity ids), on every core.</summary>
    public static TermTable Build(IReadOnlyList<string> folded, Func<int, IReadOnlyList<(string Alias, string Id)>> entities, CancellationToken cancellation)
    {
        var perText = new ulong[folded.Count][];
        Parallel.For(0, folded.Count, new ParallelOptions { CancellationToken = cancellation },
            () => new List<ulong>(),
            (d, _, scratch) =>
            {
                scratch.Clear();
                ContentTerms.Collect(folded[d], entities(d), scratch);
                perText[d] = [.. scratch];
                return scratch;
            },
            _ => { });
        var start = new int[folded.Count + 1];
        for (var d = 0; d < folded.Count; d++) start[d + 1] = checked(start[d] + perText[d].Length);
        var terms = new ulong[start[^1]];
        var frequency = new Dictionary<ulong, int>();
        for (var d = 0; d < folded.Count; d++)
        {
            perText[d].CopyTo(terms, start[d]);
            foreach (var term in perText[d]) frequency[term] = frequency.GetValueOrDefault(term) + 1;
            perText[d] = null!;
        }
        return new TermTable(terms, start, frequency);
    }

    /// <summary>The summed weight of the terms two texts share (a merge of two sorted lists).</summary>
    public double Shared(int a, int b)
    {
        var ta = Terms(a);
        var tb = Terms(b);
        var wa = Weights(a);
        var shared = 0.0;
        int i = 0, j = 0;
        while (i < ta.Length && j < tb.Length)
        {
            if (ta[i] == tb[j]) { shared += wa[i]; i++; j++; }
            else if (ta[i] < tb[j]) i++;
            else j++;
        }
        return shared;
    }
}
