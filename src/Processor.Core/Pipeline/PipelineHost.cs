using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.Inputs;
using Processor.Core.Output;
using Processor.Core.Plugins;
using Processor.Core.Sharding;
using Processor.Core.State;

namespace Processor.Core.Pipeline;

/// <summary>
/// The one entry point the CLI uses: reads the pipeline file, loads plugins, checks everything
/// (reporting all problems at once) and runs.
/// </summary>
public static class PipelineHost
{
    /// <summary>A pipeline that passed every check and is ready to run.</summary>
    /// <param name="Unreadable">Inputs found but not readable (pipes, devices, loops, unreadable folders): listed as skipped in the digest.</param>
    public sealed record Plan(PipelineConfig Config, PluginCatalog Catalog, IReadOnlyList<PreparedStage> Stages, IReadOnlyList<string> Inputs, IReadOnlyList<Processor.Abstractions.SkippedInput> Unreadable);

    /// <summary>Checks everything short of running; throws <see cref="UserErrorException"/> with all errors.</summary>
    /// <param name="output">The output folder from the command line (<c>--output</c>), replacing the file's <c>output:</c>.</param>
    public static Plan Prepare(string pipelinePath, IEnumerable<string> extraPluginDirectories, IRunLog log, string? output = null)
    {
        var diagnostics = new DiagnosticBag();
        var config = PipelineFileReader.Read(pipelinePath, diagnostics);
        diagnostics.ThrowIfErrors();
        if (output is not null)
        {
            if (OutputPathTemplate.Check(output) is { } problem) throw new UserErrorException(Diagnostic.Error("--output", 0, 0, problem));
            // Relative to the current folder, as any path on a command line; {date:…} stays a template.
            config = config with { Output = Path.GetFullPath(output), OutputLocation = null };
        }

        var extra = extraPluginDirectories.ToList();
        foreach (var (path, at) in config.PluginPaths.Where(p => !Directory.Exists(config.Resolve(p.Path))))
            diagnostics.Error(at.File, at.Line, at.Column, $"plugin folder '{path}' not found ({config.Resolve(path)}); build the plugin first or fix the path");
        foreach (var path in extra.Where(p => !Directory.Exists(p)))
            diagnostics.Error(path, 0, 0, "--plugins folder not found; name a folder that holds built plugins (Name/Name.dll)");
        diagnostics.ThrowIfErrors();

        var catalog = LoadCatalog(config, extra);
        foreach (var plugin in catalog.Plugins) log.Detail($"plugin '{plugin.Id}' {plugin.Version} from {plugin.Directory}");
        foreach (var error in catalog.Errors)
            diagnostics.Error(error.Directory, 0, 0, $"plugin '{error.Name}': {error.Message}");
        var stages = PipelinePlanner.Prepare(config, catalog, diagnostics);
        var inputs = InputResolver.Resolve(config, diagnostics);
        OutputFolderRules.Check(config, inputs.Files, PluginFolders(config, extra).Select(f => f.Path), diagnostics, DateTimeOffset.UtcNow);
        foreach (var warning in diagnostics.Items.Where(d => d.Severity != Severity.Error)) log.Report(warning);
        diagnostics.ThrowIfErrors();
        return new Plan(config, catalog, stages, inputs.Files, inputs.Skipped);
    }

    /// <summary>
    /// Runs the plan. With a state store (the default) the run holds the state's lock from start to end,
    /// reuses results of unchanged files and marks new claims.
    /// </summary>
    /// <param name="since">With the state: also mark as new what was first seen after this date or run id (<c>--since</c>).</param>
    /// <param name="mergeShards">A folder of shard results (<c>--merge-shards</c>): the per-file results come from there.</param>
    public static async Task<RunSummary> RunAsync(Plan plan, IRunLog log, CancellationToken cancellation, bool resetState = false, string? since = null,
        string? mergeShards = null)
    {
        var shards = mergeShards is null ? null : LoadShards(plan, mergeShards);
        if (shards is not null) log.Info($"merging {shards.Count} shard result(s) from {mergeShards}");
        if (plan.Config.State is not { } statePath)
        {
            if (since is not null)
                throw new UserErrorException(Diagnostic.Error(plan.Config.FilePath, 0, 0, "--since needs the state store, but this pipeline sets 'state: none'"));
            return await new PipelineRunner(plan.Config, plan.Stages, log) { Shards = shards }.RunAsync(plan.Inputs, cancellation, plan.Unreadable);
        }
        if (plan.Config.StateIsDefault && StateStore.MoveLegacy(plan.Config.Resolve(PipelineConfig.SharedLegacyState), plan.Config.Resolve(statePath)))
            log.Info($"state: moved {PipelineConfig.SharedLegacyState} to {statePath} (each pipeline now keeps its own state; a second pipeline of this folder starts afresh)");
        using var state = StateStore.Open(plan.Config.Resolve(statePath), resetState);
        return await new PipelineRunner(plan.Config, plan.Stages, log, state, ResolveSince(since, state)) { Shards = shards }
            .RunAsync(plan.Inputs, cancellation, plan.Unreadable);
    }

    /// <summary>
    /// The map of a sharded run (<c>--shard K/N</c>): this shard's files through the per-file stages, written as one shard
    /// result into <paramref name="directory"/> (default <see cref="DefaultShardDirectory"/>). No state, no digest.
    /// </summary>
    public static Task<MapSummary> MapAsync(Plan plan, IRunLog log, ShardSpec shard, string? directory, CancellationToken cancellation) =>
        new PipelineRunner(plan.Config, plan.Stages, log).MapAsync(plan.Inputs, shard, directory ?? DefaultShardDirectory(plan.Config), cancellation);

    /// <summary>Where shard results go by default: <c>shards/NAME/</c> beside the pipeline's state (<c>.processor/</c>).</summary>
    public static string DefaultShardDirectory(PipelineConfig config) =>
        Path.Combine(Path.GetDirectoryName(config.Resolve(config.State ?? PipelineConfig.DefaultStateFor(config.FilePath)))!,
            "shards", Path.GetFileNameWithoutExtension(config.FilePath));

    private static ShardSet LoadShards(Plan plan, string directory)
    {
        var streaming = plan.Stages.Where(s => s.IsStreaming).ToList();
        var inputs = plan.Inputs.Select(f => SourceReader.RelativePath(plan.Config.BaseDirectory, f)).ToList();
        return ShardSet.Load(Path.GetFullPath(directory), Path.GetFileName(plan.Config.FilePath), StageFingerprint.Of(streaming, plan.Config), inputs);
    }

    private static DateTimeOffset? ResolveSince(string? since, StateStore state) => ParseSince(since) switch
    {
        null => null,
        ({ } runId, _) => state.RunStarted(runId) ?? throw new UserErrorException(Diagnostic.Error("--since", 0, 0, $"there is no run {runId} in {state.Path}")),
        (_, var date) => date,
    };

    /// <summary>
    /// <c>--since</c> as a run id or a date, or null when not given; a value that is neither is a user error. The CLI calls
    /// it before anything else, so a mistyped argument stops the command before any run output.
    /// </summary>
    public static (long? RunId, DateTimeOffset? Date)? ParseSince(string? since)
    {
        if (since is null) return null;
        if (long.TryParse(since, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var runId) && since.Length < 8)
            return (runId, null);
        if (DateTimeOffset.TryParse(since, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var date))
            return (null, date);
        throw new UserErrorException(Diagnostic.Error("--since", 0, 0, $"'{since}' is neither a date (2026-11-20, 2026-11-20T06:00Z) nor a run id"));
    }

    /// <summary>Built-in plugins first, then <c>--plugins</c> folders, then the pipeline's <c>plugin_paths</c>.</summary>
    public static PluginCatalog LoadCatalog(PipelineConfig? config, IEnumerable<string> extraPluginDirectories) =>
        PluginCatalog.Load(PluginFolders(config, extraPluginDirectories));

    private static List<PluginFolder> PluginFolders(PipelineConfig? config, IEnumerable<string> extraPluginDirectories)
    {
        var folders = new List<PluginFolder> { PluginFolder.BuiltIn };
        folders.AddRange(extraPluginDirectories.Select(d => new PluginFolder(Path.GetFullPath(d), "--plugins")));
        if (config is not null)
            folders.AddRange(config.PluginPaths.Select(p => new PluginFolder(config.Resolve(p.Path), "plugin_paths")));
        return folders;
    }
}
