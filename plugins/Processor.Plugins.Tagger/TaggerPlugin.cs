using Processor.Abstractions;
using Processor.Plugins.Tagger.Entities;

namespace Processor.Plugins.Tagger;

/// <summary>The built-in <c>tagger</c>: dates, authors, publishers, entities, figures and speakers.</summary>
public sealed class TaggerPlugin : ProcessorPlugin<TaggerOptions>
{
    public override string Id => "tagger";

    public override string Description => "Tags documents (date, authors, publisher) and sentences (entities, figures, speakers)";

    protected override IStage CreateStage(TaggerOptions options, IPluginContext context)
    {
        var gazetteer = Gazetteer.Empty;
        if (options.Gazetteer is { } path)
        {
            var full = context.ResolvePath(path);
            if (!File.Exists(full)) throw new PluginOptionsException("gazetteer", $"file not found: {full}");
            gazetteer = Gazetteer.Load(full);
        }
        var bylines = new List<System.Text.RegularExpressions.Regex>();
        foreach (var pattern in options.BylinePatterns)
        {
            System.Text.RegularExpressions.Regex regex;
            try { regex = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100)); }
            catch (ArgumentException e) { throw new PluginOptionsException("byline_patterns", $"'{pattern}' is not a valid regular expression: {e.Message}"); }
            if (!regex.GetGroupNames().Contains("names")) throw new PluginOptionsException("byline_patterns", $"'{pattern}' needs a (?<names>…) group");
            bylines.Add(regex);
        }
        return new TaggerStage(options, gazetteer, bylines);
    }
}
