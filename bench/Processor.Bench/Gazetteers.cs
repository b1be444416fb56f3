namespace Processor.Bench;

/// <summary>A gazetteer with the seed entities plus synthetic ones, for a realistic alias count.</summary>
public static class Gazetteers
{
    public static string Write(int syntheticEntities)
    {
        var path = Path.Combine(Path.GetTempPath(), $"processor-bench-gazetteer-{syntheticEntities}.yaml");
        var seedGazetteer = File.ReadAllText(Path.Combine(BenchCorpus.SeedsFolder(), "entities.yaml"));
        var lines = new List<string> { seedGazetteer.TrimEnd() };
        for (var i = 0; i < syntheticEntities; i++)
            lines.Add($"  - id: synthetic-{i}\n    name: Synthetic Entity {i}\n    type: other\n    aliases: [Synthetic Entity {i}, SE{i} Group, Entity Number {i}]");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
