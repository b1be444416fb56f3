namespace Processor.Core.Configuration;

/// <summary>A parsed and checked pipeline file. Relative paths in it resolve against <see cref="BaseDirectory"/>.</summary>
public sealed record PipelineConfig
{
    /// <summary>Full path of the pipeline file.</summary>
    public required string FilePath { get; init; }

    /// <summary>The folder of the pipeline file.</summary>
    public string BaseDirectory => Path.GetDirectoryName(FilePath)!;

    /// <summary>Optional title used by renderers.</summary>
    public string? Name { get; init; }

    public IReadOnlyList<InputConfig> Inputs { get; init; } = [];

    public IReadOnlyList<(string Path, Location Location)> PluginPaths { get; init; } = [];

    public IReadOnlyList<StageConfig> Stages { get; init; } = [];

    /// <summary>Output folder; may contain <c>{date:FORMAT}</c>, replaced by the run's start date.</summary>
    public string Output { get; init; } = "out";

    /// <summary>Where <c>output:</c> is written in the pipeline file (the file's start when it is left at its default).</summary>
    public Location? OutputLocation { get; init; }

    /// <summary>
    /// The state database (relative to the pipeline file), or null when <c>state: none</c>. By default one per pipeline
    /// file, named after it (<see cref="DefaultStateFor"/>), so two pipelines in one folder never share a state.
    /// </summary>
    public string? State
    {
        get => _stateIsDefault ? DefaultStateFor(FilePath) : _state;
        init
        {
            _state = value;
            _stateIsDefault = false;
        }
    }

    private readonly string? _state;
    private readonly bool _stateIsDefault = true;

    /// <summary>True when the pipeline file sets no <c>state:</c>.</summary>
    public bool StateIsDefault => _stateIsDefault;

    /// <summary>The default state of a pipeline file: <c>.processor/NAME.db</c> beside it, NAME the file's name without extension.</summary>
    public static string DefaultStateFor(string pipelineFile) => $".processor/{Path.GetFileNameWithoutExtension(pipelineFile)}.db";

    /// <summary>The default state before 0.1: one <c>.processor/state.db</c> for every pipeline of a folder (moved on first use).</summary>
    public const string SharedLegacyState = ".processor/state.db";

    /// <summary>Where <c>state:</c> is written in the pipeline file, when it is.</summary>
    public Location? StateLocation { get; init; }

    /// <summary>The place errors about the output folder point at.</summary>
    public Location OutputErrorLocation => OutputLocation ?? new Location(FilePath, 1, 1);

    /// <summary><c>full</c>: every claim; <c>new-only</c>: only claims no earlier run saw.</summary>
    public DigestMode DigestMode { get; init; } = DigestMode.Full;

    /// <summary>How many dated digest folders to keep (with <c>{date}</c> in the output path); null keeps all.</summary>
    public int? Keep { get; init; }

    /// <summary>Whether symbolic links among the inputs are followed (loops are read once either way).</summary>
    public bool FollowSymlinks { get; init; } = true;

    /// <summary>Files larger than this are skipped with a warning.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Resolves <paramref name="path"/> against the pipeline file's folder.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, BaseDirectory);

    /// <summary>The output folder for a run that started at <paramref name="runStarted"/>.</summary>
    public string ResolveOutput(DateTimeOffset runStarted) => Resolve(OutputPathTemplate.Expand(Output, runStarted));
}
