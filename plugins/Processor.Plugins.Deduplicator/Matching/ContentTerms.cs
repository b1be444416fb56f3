using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Processor.Plugins.Deduplicator.Matching;

/// <summary>
/// The content terms of a folded claim text, as hashes: each word that is not a <see cref="StopWords">stop word</see>,
/// a number or a single letter, stemmed (<see cref="LightStemmer"/>); the words of an entity's alias are replaced by
/// the entity ("MKO", "PMOI" and "Mojahedin-e Khalq" are one term when the tagger resolved them to one entity).
/// Numbers are left to <see cref="Processor.Abstractions.NumberExpressions"/>: texts whose numbers differ never match.
/// </summary>
internal static class ContentTerms
{
    /// <summary>
    /// Appends the distinct terms of <paramref name="folded"/> to <paramref name="terms"/>, sorted.
    /// <paramref name="entities"/> are (folded alias, entity id) pairs found in the text.
    /// </summary>
    public static void Collect(string folded, IReadOnlyList<(string Alias, string Id)> entities, List<ulong> terms)
    {
        var start = terms.Count;
        var text = folded.AsSpan();
        Span<bool> covered = folded.Length <= 1024 ? stackalloc bool[folded.Length] : new bool[folded.Length];
        foreach (var (alias, id) in entities)
        {
            if (alias.Length == 0) continue;
            var found = false;
            for (var at = text.IndexOf(alias, StringComparison.Ordinal); at >= 0; at = Next(text, alias, at))
            {
                // Whole words only: "iran" is no alias inside "iranian" (that one is an alias of its own).
                if ((at > 0 && text[at - 1] != ' ') || (at + alias.Length < text.Length && text[at + alias.Length] != ' ')) continue;
                covered.Slice(at, alias.Length).Fill(true);
                found = true;
            }
            if (found) terms.Add(EntityTerm(id));
        }
        Span<char> stem = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            var end = text[i..].IndexOf(' ');
            end = end < 0 ? text.Length : i + end;
            var word = text[i..end];
            if (!covered[i] && word.Length >= 2 && word.Length <= 64 && !char.IsDigit(word[0]) && !StopWords.Contains(word))
            {
                var length = LightStemmer.Stem(word, stem);
                terms.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(stem[..length])));
            }
            i = end + 1;
        }
        var added = CollectionsMarshal.AsSpan(terms)[start..];
        added.Sort();
        // Distinct, in place.
        var n = 0;
        for (var k = 0; k < added.Length; k++)
            if (k == 0 || added[k] != added[k - 1]) added[n++] = added[k];
        terms.RemoveRange(start + n, added.Length - n);
    }

    private static int Next(ReadOnlySpan<char> text, string alias, int at)
    {
        var next = text[(at + 1)..].IndexOf(alias, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>An entity's term: its id hashed with a prefix no word can have.</summary>
    private static ulong EntityTerm(string id) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(("\u0001" + id).AsSpan()));
}
