using System.Text;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Seeds;

/// <summary>Provenance, checked over the whole seed digest: the bytes at every span are the text claimed.</summary>
[Collection(SeedDigestCollection.Name)]
public sealed class EveryAttributionQuotesItsSourceBytesTests(SeedDigest seed)
{
    private Dictionary<string, byte[]> SourceBytes() =>
        seed.Root.GetProperty("sources").EnumerateArray().ToDictionary(
            s => s.GetProperty("id").GetString()!,
            s => File.ReadAllBytes(Path.Combine(Repo.Seeds, s.GetProperty("path").GetString()!)));

    [Fact]
    public void TheBytesAtEachAttributionSpanDecodeToItsQuote()
    {
        var bytes = SourceBytes();
        var checkedCount = 0;
        foreach (var claim in seed.Root.GetProperty("claims").EnumerateArray())
        foreach (var a in claim.GetProperty("attributions").EnumerateArray())
        {
            var span = a.GetProperty("span");
            var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
            var file = bytes[a.GetProperty("source").GetString()!];
            Assert.Equal(Digest.QuoteOf(claim, a), Encoding.UTF8.GetString(file, start, end - start));
            Assert.Equal(file.AsSpan(0, start).Count((byte)'\n') + 1, span.GetProperty("line").GetInt32());
            Assert.Equal(file.AsSpan(0, end - 1).Count((byte)'\n') + 1, span.GetProperty("endLine").GetInt32());
            checkedCount++;
        }
        Assert.True(checkedCount > 100, $"only {checkedCount} attributions");
    }

    [Fact]
    public void EverySentenceSpanLiesInsideItsDocument()
    {
        foreach (var doc in seed.Root.GetProperty("documents").EnumerateArray())
        {
            var span = doc.GetProperty("span");
            var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
            var previousEnd = start;
            foreach (var sentence in doc.GetProperty("sentences").EnumerateArray())
            {
                var (s, e) = (sentence[0].GetInt32(), sentence[1].GetInt32());
                Assert.True(s >= previousEnd && e <= end && s < e, $"{doc.GetProperty("id")}: [{s},{e}) outside [{start},{end}) or overlapping");
                previousEnd = e;
            }
        }
    }

    [Fact]
    public void SourcesAreTheSeedFilesByteForByte()
    {
        foreach (var source in seed.Root.GetProperty("sources").EnumerateArray())
        {
            var bytes = File.ReadAllBytes(Path.Combine(Repo.Seeds, source.GetProperty("path").GetString()!));
            Assert.Equal(bytes.Length, source.GetProperty("bytes").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), source.GetProperty("sha256").GetString());
        }
    }
}
