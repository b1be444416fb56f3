using Processor.Abstractions;

namespace Processor.Core.Plugins;

/// <summary>A plugin found in a folder and instantiated in its own load context.</summary>
/// <param name="Plugin">The entry point.</param>
/// <param name="Directory">The folder it was loaded from.</param>
/// <param name="Version">The plugin assembly's version.</param>
/// <param name="SdkVersion">The SDK version it was built against.</param>
/// <param name="Origin">Where the folder came from: <c>built-in</c>, <c>--plugins</c> or <c>plugin_paths</c>.</param>
public sealed record LoadedPlugin(IProcessorPlugin Plugin, string Directory, Version Version, Version SdkVersion, string Origin)
{
    public string Id => Plugin.Id;
}
