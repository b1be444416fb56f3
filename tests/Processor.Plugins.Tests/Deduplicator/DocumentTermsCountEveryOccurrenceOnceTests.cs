using CsCheck;
using Processor.Plugins.Deduplicator.Stories;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// The story terms of each document (<see cref="DocumentTerms"/>, two shared arrays instead of a dictionary per document):
/// whatever the occurrences, each document's terms are distinct and ascending, and each term's count is the sum of the
/// weights it was added with — what the dictionaries held.
/// </summary>
public sealed class DocumentTermsCountEveryOccurrenceOnceTests
{
    private static readonly Gen<(int Documents, (int Document, ulong Term, int Weight)[] Occurrences)> Cases =
        Gen.Int[1, 12].SelectMany(documents =>
            Gen.Select(Gen.Int[0, documents - 1], Gen.ULong[0, 20], Gen.Int[1, 3]).Array[0, 200].Select(o => (documents, o)));

    [Fact]
    public void EachDocumentHasItsDistinctTermsInOrderWithTheirSummedWeights() =>
        Cases.Sample(c =>
        {
            var terms = DocumentTerms.Build(c.Documents, add =>
            {
                foreach (var (d, term, weight) in c.Occurrences) add(d, term, weight);
            });
            Assert.Equal(c.Documents, terms.Count);
            for (var d = 0; d < c.Documents; d++)
            {
                var expected = c.Occurrences.Where(o => o.Document == d).GroupBy(o => o.Term)
                    .OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(o => o.Weight))).ToList();
                var actual = new List<(ulong, int)>();
                for (var k = 0; k < terms.Terms(d).Length; k++) actual.Add((terms.Terms(d)[k], terms.Counts(d)[k]));
                Assert.Equal(expected, actual);
            }
        });
}
