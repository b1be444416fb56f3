using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Processor.Core.Tests.Configuration;

public sealed class OptionsBindingTests
{
    public enum Mode { Auto, MarkersOnly }

    public sealed class SampleOptions
    {
        public double Threshold { get; set; } = 0.5;
        public int MinWords { get; set; }
        public Mode Mode { get; set; }
        public List<string> Formats { get; set; } = [];
        public bool Enabled { get; set; }
    }

    private static (object Options, List<Diagnostic> Errors) Bind(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var bag = new DiagnosticBag();
        var options = OptionsBinder.Bind(typeof(SampleOptions), (YamlMappingNode)stream.Documents[0].RootNode, "sample", "p.yaml", bag);
        return (options, bag.Items.ToList());
    }

    [Fact]
    public void SnakeCaseKeysBindToTypedProperties()
    {
        var (options, errors) = Bind("threshold: 0.8\nmin_words: 7\nmode: markers-only\nformats: [html, json]\nenabled: true\n");
        Assert.Empty(errors);
        var o = (SampleOptions)options;
        Assert.Equal(0.8, o.Threshold);
        Assert.Equal(7, o.MinWords);
        Assert.Equal(Mode.MarkersOnly, o.Mode);
        Assert.Equal(["html", "json"], o.Formats);
        Assert.True(o.Enabled);
    }

    [Fact]
    public void AMisspelledOptionGetsItsPlaceAndASuggestion()
    {
        var (_, errors) = Bind("treshold: 0.8\n");
        Assert.Equal("p.yaml(1,1): error: unknown option 'treshold' for plugin 'sample'; did you mean 'threshold'?", Assert.Single(errors).ToString());
    }

    [Fact]
    public void AValueOfTheWrongTypeSaysWhatWasExpected()
    {
        var (_, errors) = Bind("min_words: many\nmode: sideways\n");
        Assert.Contains(errors, e => e.ToString() == "p.yaml(1,12): error: option 'min_words' of plugin 'sample' expects a whole number, not 'many'");
        Assert.Contains(errors, e => e.ToString().StartsWith("p.yaml(2,7): error: option 'mode' of plugin 'sample' expects one of 'auto', 'markers-only'"));
    }

    [Theory]
    [InlineData("MinWords", "min_words")]
    [InlineData("Threshold", "threshold")]
    [InlineData("HTMLFormat", "html_format")]
    public void PropertyNamesBecomeSnakeCase(string property, string yaml) => Assert.Equal(yaml, OptionsBinder.ToSnakeCase(property));
}
