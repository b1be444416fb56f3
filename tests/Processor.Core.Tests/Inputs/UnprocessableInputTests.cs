using System.Text;
using Processor.Core.Inputs;
using Processor.Core.Tests.Support;

namespace Processor.Core.Tests.Inputs;

public sealed class UnprocessableInputTests
{
    [Fact]
    public void ABinaryFileIsSkippedWithTheOffsetAndLineOfItsNulByte()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("a.txt", [.. "one\ntwo\n"u8, 0, .. "x"u8]);
        var (text, skipped) = SourceReader.Read(temp.Path, path, 1000);
        Assert.Null(text);
        Assert.Equal("a.txt", skipped!.Path);
        Assert.StartsWith("binary file (NUL byte at offset 8)", skipped.Reason);
        Assert.Equal(3, skipped.Line);
    }

    [Fact]
    public void ALegacyEightBitTextFileIsReadAsWindows1252WithANote()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("latin1.txt", [.. "fine\n"u8, (byte)'c', 0xE9, (byte)'\n']);
        var (text, skipped) = SourceReader.Read(temp.Path, path, 1000);
        Assert.Null(skipped);
        Assert.Equal(Processor.Abstractions.TextEncoding.Legacy, text!.Encoding);
        Assert.Equal("fine\ncé\n", text.Decode(0, text.Bytes.Length).Text);
        Assert.Contains("windows-1252", text.EncodingNote);
    }

    [Fact]
    public void AUtf8FileWithAFewInvalidBytesIsReadWithReplacementCharactersAndTheLineOfTheFirst()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("mostly.txt", [.. "caf\u00e9\n"u8, (byte)'x', 0xFF, (byte)'\n']);
        var (text, skipped) = SourceReader.Read(temp.Path, path, 1000);
        Assert.Null(skipped);
        Assert.True(text!.HasInvalidBytes);
        Assert.Equal("caf\u00e9\nx\uFFFD\n", text.Decode(0, text.Bytes.Length).Text);
        Assert.Contains("line 2", text.EncodingNote);
    }

    [Fact]
    public void AFileOfAFormatProcessorDoesNotReadIsSkippedSayingWhichItReads()
    {
        using var temp = new TempFolder();
        var path = temp.Write("report.pdf", "%PDF-1.7 not really");
        var (text, skipped) = SourceReader.Read(temp.Path, path, 1000);
        Assert.Null(text);
        Assert.Contains("'.pdf' is not a format Processor reads", skipped!.Reason);
        Assert.Contains(".html", skipped.Reason);
    }

    [Fact]
    public void AFileOverTheSizeLimitIsSkippedSayingHowToRaiseIt()
    {
        using var temp = new TempFolder();
        var path = temp.Write("big.txt", new string('x', 2000));
        var (_, skipped) = SourceReader.Read(temp.Path, path, 1000);
        Assert.Contains("max_file_bytes", skipped!.Reason);
    }

    [Fact]
    public void Utf16WithAByteOrderMarkIsReadButBrokenUtf16IsSkipped()
    {
        using var temp = new TempFolder();
        var good = temp.WriteBytes("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("hi\nthere 😀")]);
        var (text, skipped) = SourceReader.Read(temp.Path, good, 1000);
        Assert.Null(skipped);
        Assert.Equal(Processor.Abstractions.TextEncoding.Utf16LittleEndian, text!.Encoding);

        var bad = temp.WriteBytes("bad16.txt", [.. Encoding.Unicode.GetPreamble(), 0x3D, 0xD8, (byte)'a', 0]);
        Assert.Contains("unpaired surrogate", SourceReader.Read(temp.Path, bad, 1000).Skipped!.Reason);
    }

    [Fact]
    public void AnEmptyFileIsReadAsAnEmptySource()
    {
        using var temp = new TempFolder();
        var path = temp.Write("empty.txt", "");
        var (text, skipped) = SourceReader.Read(temp.Path, path, 1000);
        Assert.Null(skipped);
        Assert.Equal(0, text!.Bytes.Length);
    }
}
