using Processor.Abstractions;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.State;

namespace Processor.Core.Pipeline;

/// <summary>
/// What stages keep from one run to the next (<see cref="IStatefulStage"/>), keyed by plugin id and occurrence
/// ("deduplicator#1"). Losing it must not stop a digest: a stage that cannot read or write it gets a warning.
/// </summary>
internal sealed class StageMemory(IReadOnlyList<PreparedStage> stages, PipelineConfig config, IRunLog log)
{
    private readonly List<(string Key, IStatefulStage Stage)> _stateful =
        [.. stages.Select((s, i) => (s, i)).Where(x => x.s.Stage is IStatefulStage)
            .Select(x => ($"{x.s.Id}#{stages.Take(x.i + 1).Count(o => o.Id == x.s.Id)}", (IStatefulStage)x.s.Stage))];

    /// <summary>Gives each stateful stage what it saved at the end of the last successful run, if anything.</summary>
    public void Restore(StateStore state)
    {
        foreach (var (key, stage) in _stateful)
        {
            if (state.LoadStageState(key) is not { } saved) continue;
            try { stage.Restore(saved); }
            catch (Exception e)
            {
                Warn($"plugin '{PluginOf(key)}' could not read what it saved in the last run ({Describe(e)}); it starts afresh");
            }
        }
    }

    /// <summary>What each stateful stage asks to keep, for the run's state commit.</summary>
    public Dictionary<string, byte[]?> Save(DateTimeOffset runStarted)
    {
        var saved = new Dictionary<string, byte[]?>();
        foreach (var (key, stage) in _stateful)
        {
            try { saved[key] = stage.Save(runStarted); }
            catch (Exception e)
            {
                Warn($"plugin '{PluginOf(key)}' could not save what it keeps between runs ({Describe(e)}); the previous copy is kept");
            }
        }
        return saved;
    }

    private void Warn(string message) => log.Report(Diagnostic.Warning(config.FilePath, 0, 0, message));

    private static string PluginOf(string key) => key[..key.LastIndexOf('#')];

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
}
