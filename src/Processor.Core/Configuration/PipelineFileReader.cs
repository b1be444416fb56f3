using System.Globalization;
using Processor.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Processor.Core.Configuration;

/// <summary>
/// Reads a pipeline file into a <see cref="PipelineConfig"/>, collecting every structural error with
/// its line and column (unknown keys get a "did you mean"). Plugin options are checked later, by
/// <see cref="OptionsBinder"/>, once the plugins are known.
/// </summary>
public static class PipelineFileReader
{
    private static readonly string[] TopLevelKeys = ["version", "name", "inputs", "plugin_paths", "pipeline", "output", "max_file_bytes", "state", "digest", "keep", "follow_symlinks"];
    private static readonly string[] StageKeys = ["use", "with", "on_error", "timeout"];

    public static PipelineConfig Read(string path, DiagnosticBag diagnostics)
    {
        var fullPath = Path.GetFullPath(path);
        var display = path;
        if (!File.Exists(fullPath))
        {
            diagnostics.Error(path, 0, 0, "pipeline file not found; create one with 'processor init'");
            return new PipelineConfig { FilePath = fullPath };
        }

        var stream = new YamlStream();
        try
        {
            var text = File.ReadAllText(fullPath);
            if (TooDeep(text) is { } deep)
            {
                diagnostics.Error(display, deep.Line, deep.Column, deep.Message);
                return new PipelineConfig { FilePath = fullPath };
            }
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Error(display, (int)e.Start.Line, (int)e.Start.Column, $"invalid YAML: {InnermostMessage(e)}");
            return new PipelineConfig { FilePath = fullPath };
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(display, 1, 1, "the pipeline file must be a mapping with at least 'inputs' and 'pipeline'");
            return new PipelineConfig { FilePath = fullPath };
        }
        return new Parser(display, fullPath, diagnostics).ReadRoot(root);
    }

    /// <summary>Deepest nesting a pipeline file may have: the YAML parser recurses, and a hostile file must not overflow the stack.</summary>
    private const int MaxNesting = 64;

    /// <summary>Where a pipeline file nests flow collections or indents deeper than any pipeline needs, or null.</summary>
    private static (int Line, int Column, string Message)? TooDeep(string text)
    {
        if (text.Length > 1_000_000) return (1, 1, "the pipeline file is over 1 MB; a pipeline file lists inputs and stages, not data");
        int line = 1, column = 0, depth = 0, indent = 0;
        var atLineStart = true;
        char quote = '\0';
        foreach (var c in text)
        {
            column++;
            if (c == '\n') { line++; column = 0; atLineStart = true; indent = 0; continue; }
            if (atLineStart && c == ' ' && ++indent > 8 * MaxNesting)
                return (line, column, $"the pipeline file is indented deeper than {8 * MaxNesting} spaces; pipeline files nest a few levels");
            if (c != ' ') atLineStart = false;
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c is '[' or '{' && ++depth > MaxNesting)
                return (line, column, $"the pipeline file nests '[' or '{{' more than {MaxNesting} levels deep; pipeline files nest a few levels");
            else if (c is ']' or '}' && depth > 0) depth--;
        }
        return null;
    }

    private static string InnermostMessage(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message;
    }

    private sealed class Parser(string file, string fullPath, DiagnosticBag diagnostics)
    {
        public PipelineConfig ReadRoot(YamlMappingNode root)
        {
            var config = new PipelineConfig { FilePath = fullPath };
            var seen = new HashSet<string>();
            foreach (var (keyNode, value) in root.Children)
            {
                if (KeyOf(keyNode) is not { } key) continue;
                seen.Add(key);
                switch (key)
                {
                    case "version":
                        if (Scalar(value, key) is { } v && v != "1")
                            Error(value, $"unsupported pipeline version '{v}'; this Processor reads version 1");
                        break;
                    case "name": config = config with { Name = Scalar(value, key) }; break;
                    case "inputs": config = config with { Inputs = ReadInputs(value) }; break;
                    case "plugin_paths":
                        config = config with { PluginPaths = StringList(value, key).Select(s => (s.Value, s.Location)).ToList() };
                        break;
                    case "pipeline": config = config with { Stages = ReadStages(value) }; break;
                    case "output":
                        if (Scalar(value, key) is { } output)
                        {
                            if (OutputPathTemplate.Check(output) is { } problem) Error(value, problem);
                            config = config with { Output = output, OutputLocation = At(value) };
                        }
                        break;
                    case "max_file_bytes":
                        if (Scalar(value, key) is { } text)
                        {
                            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) && max > 0)
                                config = config with { MaxFileBytes = max };
                            else Error(value, $"'max_file_bytes' must be a positive whole number of bytes, not '{text}'");
                        }
                        break;
                    case "follow_symlinks":
                        if (Scalar(value, key) is { } follow)
                        {
                            if (bool.TryParse(follow, out var f)) config = config with { FollowSymlinks = f };
                            else Error(value, $"'follow_symlinks' must be true or false, not '{follow}'");
                        }
                        break;
                    case "state":
                        if (Scalar(value, key) is { } state) config = config with { State = state is "none" or "off" ? null : state, StateLocation = At(value) };
                        break;
                    case "digest":
                        config = config with { DigestMode = ReadDigest(value) };
                        break;
                    case "keep":
                        if (Scalar(value, key) is { } keep)
                        {
                            if (int.TryParse(keep, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0) config = config with { Keep = n };
                            else Error(value, $"'keep' must be a positive whole number of digests, not '{keep}'");
                        }
                        break;
                    default:
                        Error(keyNode, $"unknown key '{key}'{Suggestions.DidYouMean(key, TopLevelKeys)}");
                        break;
                }
            }
            if (!seen.Contains("inputs")) Error(root, "missing 'inputs': list the files to read, e.g. 'inputs: [\"*.txt\"]'");
            if (!seen.Contains("pipeline")) Error(root, "missing 'pipeline': list the stages, e.g. '- use: splitter'");
            return config;
        }

        private DigestMode ReadDigest(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Error(node, "'digest' must be a mapping such as '{ mode: new-only }'");
                return DigestMode.Full;
            }
            var mode = DigestMode.Full;
            foreach (var (k, v) in map.Children)
            {
                if (KeyOf(k) is not { } key) continue;
                if (key != "mode") { Error(k, $"unknown key '{key}' in 'digest'; did you mean 'mode'?"); continue; }
                var text = Scalar(v, "mode");
                if (text == "full") mode = DigestMode.Full;
                else if (text == "new-only") mode = DigestMode.NewOnly;
                else if (text is not null) Error(v, $"'mode' must be 'full' or 'new-only', not '{text}'");
            }
            return mode;
        }

        private List<InputConfig> ReadInputs(YamlNode node)
        {
            var result = new List<InputConfig>();
            foreach (var (value, location) in StringList(node, "inputs"))
                result.Add(new InputConfig(value, location));
            if (result.Count == 0 && node is YamlSequenceNode)
                Error(node, "'inputs' is empty: list at least one file or glob");
            return result;
        }

        private List<StageConfig> ReadStages(YamlNode node)
        {
            var stages = new List<StageConfig>();
            if (node is not YamlSequenceNode sequence)
            {
                Error(node, "'pipeline' must be a list of stages, each '- use: PLUGIN'");
                return stages;
            }
            foreach (var item in sequence.Children)
            {
                if (item is not YamlMappingNode map)
                {
                    Error(item, "a stage must be a mapping such as '- use: splitter'");
                    continue;
                }
                string? use = null;
                Location useLocation = At(map);
                YamlMappingNode? with = null;
                var onError = OnError.Skip;
                TimeSpan? timeout = null;
                foreach (var (keyNode, value) in map.Children)
                {
                    if (KeyOf(keyNode) is not { } key) continue;
                    switch (key)
                    {
                        case "use": use = Scalar(value, key); useLocation = At(value); break;
                        case "with":
                            if (value is YamlMappingNode w) with = w;
                            else if (!IsNull(value)) Error(value, "'with' must be a mapping of option names to values");
                            break;
                        case "on_error":
                            var text = Scalar(value, key);
                            if (text == "skip") onError = OnError.Skip;
                            else if (text == "fail") onError = OnError.Fail;
                            else if (text is not null) Error(value, $"'on_error' must be 'skip' or 'fail', not '{text}'");
                            break;
                        case "timeout":
                            var t = Scalar(value, key);
                            if (t is "none") timeout = System.Threading.Timeout.InfiniteTimeSpan;
                            else if (t is not null && TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero) timeout = span;
                            else if (t is not null) Error(value, $"'timeout' must be a duration such as '00:05:00' (or 'none'), not '{t}'");
                            break;
                        default:
                            Error(keyNode, $"unknown key '{key}' in a stage{Suggestions.DidYouMean(key, StageKeys)}");
                            break;
                    }
                }
                if (use is null) Error(map, "a stage needs 'use: PLUGIN-ID'");
                else stages.Add(new StageConfig(use, useLocation, with, At(map)) { OnError = onError, Timeout = timeout });
            }
            return stages;
        }

        private List<(string Value, Location Location)> StringList(YamlNode node, string key)
        {
            var list = new List<(string, Location)>();
            if (node is YamlScalarNode s && !IsNull(s))
            {
                list.Add((s.Value!, At(s)));
                return list;
            }
            if (node is not YamlSequenceNode seq)
            {
                if (!IsNull(node)) Error(node, $"'{key}' must be a list of strings");
                return list;
            }
            foreach (var item in seq.Children)
            {
                if (item is YamlScalarNode scalar && scalar.Value is { Length: > 0 } v) list.Add((v, At(item)));
                else if (item is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("path"), out var p) && p is YamlScalarNode ps && ps.Value is { } pv)
                    list.Add((pv, At(ps)));
                else Error(item, $"each entry of '{key}' must be a non-empty string");
            }
            return list;
        }

        /// <summary>A mapping key's name; a key that is a list or a mapping is reported (and null returned).</summary>
        private string? KeyOf(YamlNode node)
        {
            if (node is YamlScalarNode scalar) return scalar.Value ?? "";
            Error(node, "a key must be a plain name such as 'inputs', not a list or a mapping");
            return null;
        }

        private string? Scalar(YamlNode node, string key)
        {
            if (node is YamlScalarNode s && !IsNull(s)) return s.Value;
            Error(node, $"'{key}' must be a single value");
            return null;
        }

        private static bool IsNull(YamlNode node) =>
            node is YamlScalarNode { Value: null or "" or "~" or "null", Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) };

        private Location At(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

        private void Error(YamlNode node, string message) =>
            diagnostics.Error(file, (int)node.Start.Line, (int)node.Start.Column, message);
    }
}
