namespace Processor.Plugins.Deduplicator.Stories;

/// <summary>A story while documents are being placed: its centroid (the sum of its members' vectors) and members.</summary>
internal sealed class FoundStory(string id)
{
    public string Id { get; } = id;

    public Dictionary<ulong, float> Centroid { get; } = [];

    public double Norm => Math.Sqrt(_squares);

    /// <summary>The sum of the centroid's squared weights, kept as terms are added (recomputing it is quadratic on a big story).</summary>
    private double _squares;

    /// <summary>This run's documents (indices into the run's document list), in the order they joined.</summary>
    public List<int> Members { get; } = [];

    /// <summary>Documents earlier runs placed in it (ids), to keep them in it and to count the new ones.</summary>
    public HashSet<string> Known { get; init; } = new(StringComparer.Ordinal);

    public bool Earlier { get; init; }

    public string? Title { get; set; }

    public DateOnly? First { get; set; }

    public string? FirstBy { get; set; }

    /// <summary>The latest publication date of its documents, for the time window.</summary>
    public DateOnly? Last { get; set; }

    public void Add(TermVector vector)
    {
        for (var k = 0; k < vector.Terms.Length; k++)
        {
            var before = Centroid.GetValueOrDefault(vector.Terms[k]);
            var after = before + vector.Weights[k];
            Centroid[vector.Terms[k]] = after;
            _squares += (double)after * after - (double)before * before;
        }
    }

    public void Dated(DateOnly? date, string? by)
    {
        if (date is not { } d) return;
        if (First is null || d < First) (First, FirstBy) = (d, by);
        if (Last is null || d > Last) Last = d;
    }
}
