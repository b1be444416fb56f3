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

            if (OrderingProblem(stage, loaded.Id, stages) is { } problem)
                diagnostics.Error(at.File, at.Line, at.Column, problem);
            if (StageScopes.InterfacesOf(stage).Count != 1) continue;
            stages.Add(new PreparedStage(stageConfig, loaded, stage));
        }
        if (config.Stages.Count > 0 && !diagnostics.HasErrors && !stages.Any(s => s.Scope == StageScope.Source))
            diagnostics.Error(config.Stages[0].Location.File, config.Stages[0].Location.Line, config.Stages[0].Location.Column,
                "the pipeline has no stage that reads files; add '- use: splitter' first");
        return stages;
    }

    /// <summary>
    /// Every rule about what a stage is and where it may stand, checked against the stages before it. The one home of
    /// these rules: <c>validate</c> and <c>run</c> both reach them through <see cref="Prepare"/>, and the runner trusts
    /// the order it is given.
    /// </summary>
    private static string? OrderingProblem(IStage stage, string id, List<PreparedStage> earlier)
    {
        var scope = StageScopes.Of(stage);
        if (StageScopes.InterfacesOf(stage) is { Count: > 1 } several)
            return $"plugin '{id}' made a stage of type {stage.GetType().Name} that implements {string.Join(" and ", several)}; a stage has one scope, " +
                   "so make one plugin per scope (see docs/writing-a-plugin.md)";
        if (scope is null)
            return $"plugin '{id}' made a stage of type {stage.GetType().Name}, which implements none of ISourceStage, IDocumentStage, " +
                   "ICorpusStage or IOutputStage, so it would never be called; implement one of them (see docs/writing-a-plugin.md)";
        if (scope == StageScope.Source && earlier.Any(s => s.Scope == StageScope.Source))
            return $"plugin '{id}' splits files, but an earlier stage already does; keep one splitter";
        if (scope is StageScope.Source or StageScope.Document && earlier.FirstOrDefault(s => !s.IsStreaming) is { } whole)
            return $"plugin '{id}' works per file or document, so it must come before every whole-corpus stage (move it above '{whole.Id}')";
        if (scope == StageScope.Corpus && earlier.FirstOrDefault(s => s.Scope == StageScope.Output) is { } output)
            return $"plugin '{id}' works on the whole corpus, so it must come before every output stage (outputs see the final corpus; move it above '{output.Id}')";
        if (scope == StageScope.Document && !earlier.Any(s => s.Scope == StageScope.Source))
            return $"plugin '{id}' works on documents, so a splitter (e.g. '- use: splitter') must come before it";
        return null;
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
