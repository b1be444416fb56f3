using Processor.Abstractions;

namespace Processor.Plugins.Renderer.Model;

/// <summary>
/// A document's metadata other than the SDK's own keys (<see cref="DocumentMetadata.All"/>, which the digest shows as
/// fields of their own): what other plugins added, by key name, as stored. One rule for the JSON and the templates.
/// </summary>
internal static class PluginMetadata
{
    public static IReadOnlyDictionary<string, string> Of(Document document)
    {
        if (document.Metadata.Count == 0) return None;
        Dictionary<string, string>? own = null;
        foreach (var (key, value) in document.Metadata)
            if (!IsSdkKey(key)) (own ??= new Dictionary<string, string>(StringComparer.Ordinal))[key] = value;
        return own ?? None;
    }

    private static readonly Dictionary<string, string> None = [];

    private static bool IsSdkKey(string key)
    {
        foreach (var k in DocumentMetadata.All)
            if (k.Name == key) return true;
        return false;
    }
}
