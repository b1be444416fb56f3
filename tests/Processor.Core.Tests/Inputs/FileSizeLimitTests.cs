using Processor.Core.Inputs;
using Processor.Core.Tests.Support;

namespace Processor.Core.Tests.Inputs;

/// <summary>'max_file_bytes' is a limit on what is read, at every value a pipeline can give it.</summary>
public sealed class FileSizeLimitTests
{
    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(int.MaxValue)]
    [InlineData((long)int.MaxValue + 1)]
    public void AVeryLargeLimitReadsTheWholeFile(long limit)
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", "one two three\n");
        var (text, skipped) = SourceReader.Read(temp.Path, path, limit);
        Assert.Null(skipped);
        Assert.Equal("one two three\n"u8.ToArray(), text!.Bytes.ToArray());
    }

    [Fact]
    public void AFileOfExactlyTheLimitIsRead()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", new string('x', 100));
        var (text, skipped) = SourceReader.Read(temp.Path, path, 100);
        Assert.Null(skipped);
        Assert.Equal(100, text!.Bytes.Length);
    }

    [Fact]
    public void AFileOneByteOverTheLimitIsSkipped()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", new string('x', 101));
        var (text, skipped) = SourceReader.Read(temp.Path, path, 100);
        Assert.Null(text);
        Assert.Contains("over the limit of 100", skipped!.Reason);
    }
}
