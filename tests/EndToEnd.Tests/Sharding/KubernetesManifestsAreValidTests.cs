using EndToEnd.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace EndToEnd.Tests.Sharding;

/// <summary>
/// The Kubernetes example in docs/kubernetes: valid YAML, an Indexed Job whose pods turn JOB_COMPLETION_INDEX into
/// --shard K/N for the N it declares, and a reduce Job that merges the same folder on the same volume.
/// </summary>
public sealed class KubernetesManifestsAreValidTests
{
    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Repo.Root, "docs", "kubernetes", name));
        stream.Load(reader);
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (n, key) => int.TryParse(key, out var i) ? ((YamlSequenceNode)n).Children[i] : ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

    private static string Text(YamlNode node, params string[] path) => ((YamlScalarNode)At(node, path)).Value!;

    [Fact]
    public void TheMapIsAnIndexedJobRunningOneShardPerPod()
    {
        var map = Load("processor-map.yaml");
        Assert.Equal("batch/v1", Text(map, "apiVersion"));
        Assert.Equal("Job", Text(map, "kind"));
        Assert.Equal("Indexed", Text(map, "spec", "completionMode"));
        var shards = int.Parse(Text(map, "spec", "completions"));
        var command = string.Join(' ', ((YamlSequenceNode)At(map, "spec", "template", "spec", "containers", "0", "args")).Children.Select(c => ((YamlScalarNode)c).Value));
        Assert.Contains($"--shard \"$((JOB_COMPLETION_INDEX + 1))/{shards}\"", command);
        Assert.Contains("--shard-dir /data/shards", command);
        Assert.Equal("Never", Text(map, "spec", "template", "spec", "restartPolicy"));
    }

    [Fact]
    public void TheReduceMergesTheSameFolderOnTheSameVolume()
    {
        var map = Load("processor-map.yaml");
        var reduce = Load("processor-reduce.yaml");
        Assert.Equal("Job", Text(reduce, "kind"));
        var args = ((YamlSequenceNode)At(reduce, "spec", "template", "spec", "containers", "0", "args")).Children.Select(c => ((YamlScalarNode)c).Value).ToList();
        Assert.Equal("/data/shards", args[args.IndexOf("--merge-shards") + 1]);
        foreach (var job in new[] { map, reduce })
        {
            Assert.Equal("processor-data", Text(job, "spec", "template", "spec", "volumes", "0", "persistentVolumeClaim", "claimName"));
            Assert.Equal("/data", Text(job, "spec", "template", "spec", "containers", "0", "volumeMounts", "0", "mountPath"));
        }
    }
}
