using System.Text.Json.Nodes;
using EndToEnd.Tests.Support;
using Json.Schema;

namespace EndToEnd.Tests.Cli;

/// <summary>
/// <c>processor schema</c> gives editors the pipeline file's schema from the host's keys and each loaded plugin's options:
/// the sample pipelines pass it; a misspelled option, a wrong type, a value outside the allowed ones and an unknown key
/// fail it; <c>processor init</c> writes it beside the pipeline and names it on the pipeline's first line.
/// </summary>
public sealed class ThePipelineSchemaChecksPipelinesTests
{
    private static JsonSchema Schema(params string[] arguments)
    {
        var run = ToolRun.Start(Repo.Seeds, ["schema", .. arguments]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonSchema.FromText(run.Stdout);
    }

    private static EvaluationResults Check(JsonSchema schema, string pipeline) =>
        schema.Evaluate(Element(pipeline), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static System.Text.Json.JsonElement Element(string pipeline) => System.Text.Json.JsonSerializer.SerializeToElement(YamlAsJson.Read(pipeline));

    [Theory]
    [InlineData("pipeline.yaml")]
    [InlineData("pipeline-alerts.yaml")]
    public void TheSamplePipelinesPass(string pipeline)
    {
        var path = Path.Combine(Repo.Seeds, pipeline);
        var results = Check(Schema("--pipeline", path), path);
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("misspelled-option.yaml", "/pipeline/1/with/treshold")]
    [InlineData("wrong-type.yaml", "/pipeline/1/with/threshold")]
    [InlineData("unknown-format.yaml", "/pipeline/1/with/formats/1")]
    [InlineData("unknown-key.yaml", "/ouput")]
    public void AMistakeFailsItAtThePlaceOfTheMistake(string pipeline, string location)
    {
        var results = Check(Schema(), Path.Combine(AppContext.BaseDirectory, "TestData", "schema", pipeline));
        Assert.False(results.IsValid);
        Assert.Contains(results.Details ?? [], d => d.Errors is { Count: > 0 } && d.InstanceLocation.ToString() == location);
    }

    [Fact]
    public void TheSchemaCarriesDefaultsAllowedValuesAndDescriptions()
    {
        var run = ToolRun.Start(Repo.Seeds, "schema");
        var stages = JsonNode.Parse(run.Stdout)!["properties"]!["pipeline"]!["items"]!;
        JsonNode Options(string plugin) => stages["allOf"]!.AsArray().Single(a => a!["if"]!["properties"]!["use"]!["const"]!.GetValue<string>() == plugin)!
            ["then"]!["properties"]!["with"]!["properties"]!;

        var threshold = Options("deduplicator")["threshold"]!;
        Assert.Equal("number", threshold["type"]!.GetValue<string>());
        Assert.Equal(0.55, threshold["default"]!.GetValue<double>());
        Assert.Equal(1.0, threshold["maximum"]!.GetValue<double>());
        Assert.False(string.IsNullOrWhiteSpace(threshold["description"]?.GetValue<string>()));
        Assert.Equal(["html", "markdown", "json"], Options("renderer")["formats"]!["items"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(["auto", "markers", "none"], Options("splitter")["boundaries"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public void InitWritesTheSchemaBesideThePipelineAndNamesIt()
    {
        var folder = Directory.CreateTempSubdirectory("processor-schema").FullName;
        try
        {
            Assert.Equal(0, ToolRun.Start(folder, "init").ExitCode);
            var pipeline = Path.Combine(folder, "pipeline.yaml");
            Assert.StartsWith("# yaml-language-server: $schema=pipeline.schema.json\n", File.ReadAllText(pipeline));
            var results = JsonSchema.FromFile(Path.Combine(folder, "pipeline.schema.json")).Evaluate(Element(pipeline));
            Assert.True(results.IsValid);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
