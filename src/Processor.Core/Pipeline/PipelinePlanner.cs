using Processor.Abstractions;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.Plugins;

namespace Processor.Core.Pipeline;

/// <summary>
/// Turns a checked pipeline file into runnable stages: resolves <c>use:</c> ids, binds <c>with:</c>
/// options and lets each plugin create its stage. Collects every error before giving up.
/// </summary>
public static class PipelinePlanner
{
    public static IReadOnlyList<PreparedStage> Prepare(PipelineConfig config, PluginCatalog catalog, DiagnosticBag diagnostics)
    {
        var stages = new List<PreparedStage>();
        var sawSource = false;
        var templateDirectories = config.Stages
            .Select(s => catalog.Find(s.Use)?.Directory)
            .OfType<string>().Distinct()
            .Select(d => Path.Combine(d, "templates"))
            .Where(Directory.Exists)
            .ToList();
        foreach (var stageConfig in config.Stages)
        {
            var at = stageConfig.UseLocation;
            var loaded = catalog.Find(stageConfig.Use);
            if (loaded is null)
            {
                var known = catalog.Plugins.Select(p => p.Id).ToList();
                diagnostics.Error(at.File, at.Line, at.Column,
                    $"unknown plugin '{stageConfig.Use}'{Suggestions.DidYouMean(stageConfig.Use, known)}" +
                    $" (loaded: {(known.Count == 0 ? "none" : string.Join(", ", known))}; see 'processor plugins list')");
                continue;
            }
            var errorsBefore = diagnostics.Items.Count(d => d.Severity == Severity.Error);
            var options = OptionsBinder.Bind(loaded.Plugin.OptionsType, stageConfig.With, loaded.Id, at.File, diagnostics);
            if (diagnostics.Items.Count(d => d.Severity == Severity.Error) > errorsBefore) continue;

            IStage stage;
            try
            {
                stage = loaded.Plugin.CreateStage(options, new PluginContext(config, loaded.Directory, templateDirectories));
            }
            catch (PluginOptionsException e)
            {
                var where = FindOption(stageConfig, e.Option) ?? at;
                diagnostics.Error(where.File, where.Line, where.Column, $"plugin '{loaded.Id}', option '{e.Option}': {e.Message}");
                continue;
            }
            catch (Exception e)
            {
                diagnostics.Error(at.File, at.Line, at.Column, $"plugin '{loaded.Id}' ({loaded.Directory}) failed to start: {e.GetType().Name}: {e.Message}");
                continue;
            }

            if (stage is ISourceStage)
            {
                if (sawSource)
                    diagnostics.Error(at.File, at.Line, at.Column, $"plugin '{loaded.Id}' splits files, but an earlier stage already does; keep one splitter");
                sawSource = true;
            }
            else if (stage is ICorpusStage && stages.Any(s => s.Stage is IOutputStage))
                diagnostics.Error(at.File, at.Line, at.Column, $"plugin '{loaded.Id}' works on the whole corpus, so it must come before every output stage (outputs see the final corpus)");
            else if (stage is IDocumentStage && !sawSource)
                diagnostics.Error(at.File, at.Line, at.Column, $"plugin '{loaded.Id}' works on documents, so a splitter (e.g. '- use: splitter') must come before it");
            stages.Add(new PreparedStage(stageConfig, loaded, stage));
        }
        if (config.Stages.Count > 0 && !diagnostics.HasErrors && !stages.Any(s => s.Stage is ISourceStage))
            diagnostics.Error(config.Stages[0].Location.File, config.Stages[0].Location.Line, config.Stages[0].Location.Column,
                "the pipeline has no stage that reads files; add '- use: splitter' first");
        return stages;
    }

    private static Location? FindOption(StageConfig stage, string option)
    {
        if (stage.With is null) return null;
        foreach (var (key, _) in stage.With.Children)
        {
            if ((key as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value == option)
                return new Location(stage.UseLocation.File, (int)key.Start.Line, (int)key.Start.Column);
        }
        return null;
    }

    private sealed class PluginContext(PipelineConfig config, string directory, IReadOnlyList<string> templateDirectories) : IPluginContext
    {
        public string ResolvePath(string path) => config.Resolve(path);

        public string PluginDirectory => directory;

        public IReadOnlyList<string> TemplateDirectories => templateDirectories;
    }
}
