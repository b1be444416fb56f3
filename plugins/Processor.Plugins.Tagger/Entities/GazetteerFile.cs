namespace Processor.Plugins.Tagger.Entities;

/// <summary>The YAML shape of a gazetteer file.</summary>
internal sealed class GazetteerFile
{
    public List<Entry> Entities { get; set; } = [];

    internal sealed class Entry
    {
        public string Id { get; set; } = "";
        public string? Name { get; set; }
        public string Type { get; set; } = "other";
        public List<string> Aliases { get; set; } = [];
    }
}
