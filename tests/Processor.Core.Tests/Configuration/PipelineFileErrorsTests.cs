using Processor.Core.Configuration;
using Processor.Core.Diagnostics;

namespace Processor.Core.Tests.Configuration;

public sealed class PipelineFileErrorsTests
{
    private static List<Diagnostic> Read(string file)
    {
        var bag = new DiagnosticBag();
        PipelineFileReader.Read(Path.Combine(AppContext.BaseDirectory, "TestData", file), bag);
        return bag.Items.ToList();
    }

    [Fact]
    public void MalformedYamlIsReportedWithItsLineAndColumn()
    {
        var error = Assert.Single(Read("malformed.yaml"));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.True(error.Line >= 6, error.ToString());
        Assert.True(error.Column > 0, error.ToString());
        Assert.Contains("invalid YAML", error.Message);
        Assert.Matches(@"malformed\.yaml\(\d+,\d+\): error: invalid YAML", error.ToString());
    }

    [Fact]
    public void EveryMistakeIsReportedAtOnceWithSuggestions()
    {
        var errors = Read("misspelled-keys.yaml").Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.Contains("(2,1): error: unknown key 'inptus'; did you mean 'inputs'?"));
        Assert.Contains(errors, e => e.Contains("(6,5): error: unknown key 'on_eror' in a stage; did you mean 'on_error'?"));
        Assert.Contains(errors, e => e.Contains("(7,5): error: unknown key 'usee' in a stage; did you mean 'use'?"));
        Assert.Contains(errors, e => e.Contains("(9,17): error: 'max_file_bytes' must be a positive whole number"));
        Assert.Contains(errors, e => e.Contains("missing 'inputs'"));
    }

    [Fact]
    public void AMissingPipelineFileSaysHowToCreateOne()
    {
        var bag = new DiagnosticBag();
        PipelineFileReader.Read("does-not-exist.yaml", bag);
        Assert.Contains("processor init", Assert.Single(bag.Items).Message);
    }

    [Fact]
    public void OutputPathsAcceptOnlyDatePlaceholders()
    {
        Assert.Null(OutputPathTemplate.Check("out/{date:yyyy-MM-dd}"));
        Assert.NotNull(OutputPathTemplate.Check("out/{user}"));
        Assert.Equal("out/2026-11-24", OutputPathTemplate.Expand("out/{date:yyyy-MM-dd}", new DateTimeOffset(2026, 11, 24, 5, 0, 0, TimeSpan.Zero)));
    }
}
