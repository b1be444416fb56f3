using Processor.Abstractions;

namespace Processor.Core.State;

/// <summary>
/// Marks claims that no earlier run saw. A claim is known when any of its occurrences' folded text was
/// seen before, or when a stage recognised it and set its first sighting: a known sentence reappearing in a new
/// source is new corroboration, not a new claim.
/// </summary>
public static class NewClaimMarker
{
    /// <summary>
    /// Returns the marked corpus and the number of new claims; adds the hash of every occurrence no earlier run
    /// saw to <paramref name="seenNow"/> (only those need storing).
    /// With <paramref name="since"/>, a claim first seen after that moment counts as new too.
    /// </summary>
    public static (Corpus Corpus, int NewClaims) Mark(Corpus corpus, IReadOnlyDictionary<ulong, DateTimeOffset> seenBefore, DateTimeOffset now,
        HashSet<ulong> seenNow, DateTimeOffset? since = null)
    {
        var newClaims = 0;
        // Equal texts of a run are one instance (the host pools them): each is folded and hashed once, not once per copy.
        var keys = new Dictionary<string, ulong>(ReferenceEqualityComparer.Instance);
        var claims = corpus.Claims.Select(claim =>
        {
            // A stage may already know the claim from an earlier run (a reworded repeat: see IStatefulStage).
            var first = claim.FirstSeen;
            foreach (var attribution in claim.Attributions)
            {
                if (!keys.TryGetValue(attribution.Quote, out var hash)) keys[attribution.Quote] = hash = TextNormalizer.ComparisonKey(attribution.Quote);
                if (!seenBefore.TryGetValue(hash, out var at)) seenNow.Add(hash);
                else if (first is null || at < first) first = at;
            }
            var isNew = first is null || first >= since;   // seen at or after the moment asked about
            if (isNew) newClaims++;
            return claim with { IsNew = isNew, FirstSeen = first ?? now };
        }).ToList();
        return (corpus with { Claims = [.. claims] }, newClaims);
    }
}
