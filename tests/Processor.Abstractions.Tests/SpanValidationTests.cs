using System.Text;

namespace Processor.Abstractions.Tests;

public sealed class SpanValidationTests
{
    private static readonly byte[] Bytes = Encoding.UTF8.GetBytes("Title\nFirst sentence. Second one.\n");
    private static readonly SourceText Source = new(new SourceFile("s1", "a.txt", "/a.txt", "", Bytes.Length), Bytes);

    private static Document DocumentWith(params Sentence[] sentences) =>
        new("s1-01", "s1", Source.SpanOf(0, Bytes.Length)) { Sentences = [.. sentences] };

    [Fact]
    public void ASentenceWhoseTextIsTheBytesAtItsSpanPasses() =>
        Assert.Null(ProvenanceRules.Check(DocumentWith(new Sentence("x", "First sentence.", Source.SpanOf(6, 21), true)), Source));

    [Fact]
    public void ASentenceWhoseTextDiffersFromItsBytesIsRejected()
    {
        var problem = ProvenanceRules.Check(DocumentWith(new Sentence("x", "First sentence!", Source.SpanOf(6, 21), true)), Source);
        Assert.Contains("does not match the source bytes", problem);
    }

    [Fact]
    public void ASpanOutsideTheFileIsRejected()
    {
        var span = new SourceSpan("s1", 6, 500, 2, 2);
        Assert.Contains("outside", ProvenanceRules.Check(DocumentWith(new Sentence("x", "x", span, true)), Source));
    }

    [Fact]
    public void WrongLineNumbersAreRejected()
    {
        var span = Source.SpanOf(6, 21) with { Line = 1 };
        Assert.Contains("lines", ProvenanceRules.Check(DocumentWith(new Sentence("x", "First sentence.", span, true)), Source));
    }
}
