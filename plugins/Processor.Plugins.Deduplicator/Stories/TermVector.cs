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
        var top = weights.Where(w => w.Value > 0).OrderByDescending(w => w.Value).ThenBy(w => w.Key).Take(keep).OrderBy(w => w.Key).ToArray();
        var norm = Math.Sqrt(top.Sum(w => (double)w.Value * w.Value));
        if (norm == 0) return Empty;
        return new TermVector([.. top.Select(w => w.Key)], [.. top.Select(w => (float)(w.Value / norm))]);
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
