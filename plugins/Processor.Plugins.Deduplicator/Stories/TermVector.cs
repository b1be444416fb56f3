namespace Processor.Plugins.Deduplicator.Stories;

/// <summary>
/// A sparse, unit-length vector of term weights (terms sorted by hash), for cosine similarity between a document and
/// a story. Only a document's strongest terms are kept: they say what it is about, and keep comparisons short.
/// </summary>
internal readonly record struct TermVector(ulong[] Terms, float[] Weights)
{
    public static TermVector Empty { get; } = new([], []);

    /// <summary>The <paramref name="keep"/> heaviest of <paramref name="weights"/>, normalised to unit length.</summary>
    public static TermVector From(IEnumerable<KeyValuePair<ulong, float>> weights, int keep)
    {
        var all = weights.ToArray();
        return From(all.AsSpan(), keep);
    }

    /// <summary>
    /// The <paramref name="keep"/> heaviest of <paramref name="weights"/>, normalised to unit length; the span is the
    /// caller's scratch and is reordered. Once per document: no array but the vector's own two is allocated.
    /// </summary>
    public static TermVector From(Span<KeyValuePair<ulong, float>> weights, int keep)
    {
        // The positive weights, heaviest first, ties by term; then the kept ones by term.
        var positive = 0;
        foreach (var w in weights)
            if (w.Value > 0) weights[positive++] = w;
        var all = weights[..positive];
        all.Sort(new HeaviestFirst());
        var top = all[..Math.Min(keep, all.Length)];
        top.Sort(new ByTerm());
        var squares = 0.0;
        foreach (var w in top) squares += (double)w.Value * w.Value;
        if (squares == 0) return Empty;
        var norm = Math.Sqrt(squares);
        var terms = new ulong[top.Length];
        var normalised = new float[top.Length];
        for (var k = 0; k < top.Length; k++) (terms[k], normalised[k]) = (top[k].Key, (float)(top[k].Value / norm));
        return new TermVector(terms, normalised);
    }

    private readonly struct HeaviestFirst : IComparer<KeyValuePair<ulong, float>>
    {
        public int Compare(KeyValuePair<ulong, float> a, KeyValuePair<ulong, float> b) =>
            a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key);
    }

    private readonly struct ByTerm : IComparer<KeyValuePair<ulong, float>>
    {
        public int Compare(KeyValuePair<ulong, float> a, KeyValuePair<ulong, float> b) => a.Key.CompareTo(b.Key);
    }

    /// <summary>Dot product with a story's centroid (its sum of member vectors) divided by the centroid's length.</summary>
    public double Cosine(Dictionary<ulong, float> centroid, double centroidNorm)
    {
        if (centroidNorm == 0) return 0;
        var dot = 0.0;
        for (var k = 0; k < Terms.Length; k++)
            if (centroid.TryGetValue(Terms[k], out var w)) dot += Weights[k] * w;
        return dot / centroidNorm;
    }
}
