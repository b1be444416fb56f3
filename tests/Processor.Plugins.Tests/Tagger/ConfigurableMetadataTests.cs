using Processor.Abstractions;
using Processor.Plugins.Tagger;
using Processor.Plugins.Tests.Support;

namespace Processor.Plugins.Tests.Tagger;

/// <summary>
/// Date formats and byline shapes beyond the built-in ones ("By", "Von", "Par", "Por", "Door" and a name) are
/// configuration, not code.
/// </summary>
public sealed class ConfigurableMetadataTests
{
    private const string Article = """
        Ein Bericht über das Lager

        16.11.2019
        Verfasst von Anna Muster

        The camp in Albania houses around 2,400 members of the group, according to the report.
        The report was written after a visit that lasted two weeks in the summer of that year.
        """;

    [Fact]
    public void WithoutConfigurationTheDateAndBylineAreNotRecognised()
    {
        var (_, documents) = Chain.SplitAndTag(Article);
        Assert.Null(documents.Single().Get(DocumentMetadata.Published));
        Assert.Empty(documents.Single().Get(DocumentMetadata.Authors));
    }

    [Fact]
    public void ExtraDateFormatsAndBylinePatternsAreUsed()
    {
        var options = new TaggerOptions { DateFormats = ["dd.MM.yyyy"], BylinePatterns = [@"^Verfasst von (?<names>\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)+)$"] };
        var (_, documents) = Chain.SplitAndTag(Article, tagger: options);
        Assert.Equal(new DateOnly(2019, 11, 16), documents.Single().Get(DocumentMetadata.Published));
        Assert.Equal(["Anna Muster"], documents.Single().Get(DocumentMetadata.Authors).ToArray());
    }

    [Fact]
    public void ABylinePatternWithoutANamesGroupIsRejectedAtItsOption()
    {
        var e = Assert.Throws<Processor.Abstractions.PluginOptionsException>(() =>
            new TaggerPlugin().CreateStage(new TaggerOptions { BylinePatterns = ["^Von .+$"] }, new Processor.Testing.FakePluginContext()));
        Assert.Equal("byline_patterns", e.Option);
    }
}
