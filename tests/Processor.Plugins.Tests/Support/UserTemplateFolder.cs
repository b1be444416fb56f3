namespace Processor.Plugins.Tests.Support;

/// <summary>A user's template folder for one test (deleted afterwards), and the renderer's default templates beside the tests.</summary>
public sealed class UserTemplateFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("processor-templates").FullName;

    public static string Defaults { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "templates");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
