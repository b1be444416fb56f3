using Processor.Core.Configuration;

namespace Processor.Core.Tests.Output;

/// <summary>A <c>{date:FORMAT}</c> in the output path gives one folder name for every date: never a separator or a step out.</summary>
public sealed class OutputDateFormatsTests
{
    [Theory]
    [InlineData("out/{date:'../../../x'}")]
    [InlineData("out/{date:yyyy/MM/dd}")]
    [InlineData("out/{date:'..'}")]
    [InlineData(@"out/{date:yyyy'\'MM}")]
    public void AFormatThatLeavesItsFolderIsRefused(string output) => Assert.NotNull(OutputPathTemplate.Check(output));

    [Theory]
    [InlineData("out/{date:yyyy-MM-dd}")]
    [InlineData("out/{date}")]
    [InlineData("out/{date:yyyyMMdd-HHmmss-fff}")]
    [InlineData("reports")]
    public void PlainFormatsAreAccepted(string output) => Assert.Null(OutputPathTemplate.Check(output));

    [Fact]
    public void ExpandingARefusedFormatThrowsRatherThanWritingOutside() =>
        Assert.Throws<InvalidOperationException>(() => OutputPathTemplate.Expand("out/{date:'..'}", DateTimeOffset.UtcNow));
}
