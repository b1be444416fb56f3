namespace EndToEnd.Tests.Support;

/// <summary>Writes a pipeline file into a seed copy that runs fixture plugins between the splitter and the renderer.</summary>
public static class FixturePipeline
{
    public static void Write(SeedCopy copy, string[] plugins, string stages, string formats = "[json]")
    {
        var paths = string.Join(", ", plugins.Select(p => $"\"{Repo.TestPlugin(p)}\""));
        File.WriteAllText(copy.Pipeline, $"""
            version: 1
            inputs: ["*.txt"]
            plugin_paths: [{paths}]
            pipeline:
              - use: splitter
            {stages}
              - use: renderer
                with: {"{"} formats: {formats} {"}"}
            output: out
            """);
    }
}
