using System.Security.Cryptography;
using System.Text;
using Processor.Core.Configuration;
using YamlDotNet.RepresentationModel;

namespace Processor.Core.Pipeline;

/// <summary>
/// Identifies the per-file stages' configuration: plugin ids, versions and builds, their options, and the bytes of
/// any file an option names (a gazetteer). A stored per-file result is reused only under the same fingerprint.
/// </summary>
internal static class StageFingerprint
{
    public static string Of(IEnumerable<PreparedStage> stages, PipelineConfig config)
    {
        var text = new StringBuilder();
        foreach (var stage in stages)
        {
            // The module version id changes whenever the plugin's code does (deterministic builds keep it for
            // identical code), so a rebuilt plugin never reuses results of its older self.
            var module = stage.Plugin.Plugin.GetType().Assembly.ManifestModule.ModuleVersionId;
            text.Append(stage.Id).Append('@').Append(stage.Plugin.Version).Append('/').Append(module).Append('{');
            if (stage.Config.With is { } with) Append(with, text, config);
            text.Append('}');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(YamlNode node, StringBuilder text, PipelineConfig config)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                text.Append(scalar.Value).Append(';');
                if (scalar.Value is { Length: > 0 } name && !name.Contains('\n') && File.Exists(config.Resolve(name)))
                    text.Append(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(config.Resolve(name))))).Append(';');
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children) Append(child, text, config);
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children.OrderBy(c => (c.Key as YamlScalarNode)?.Value ?? c.Key.ToString(), StringComparer.Ordinal))
                {
                    Append(key, text, config);
                    Append(value, text, config);
                }
                break;
        }
    }
}
