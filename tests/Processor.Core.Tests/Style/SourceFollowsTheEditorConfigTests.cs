using System.Text.RegularExpressions;

namespace Processor.Core.Tests.Style;

/// <summary>
/// The part of .editorconfig the compiler cannot check: no C# line is longer than its <c>max_line_length</c>. The
/// one exception is a <c>[GeneratedRegex]</c> pattern, which reads better whole than cut into concatenated pieces.
/// </summary>
public sealed partial class SourceFollowsTheEditorConfigTests
{
    [Fact]
    public void NoLineIsLongerThanTheConfiguredMaximum()
    {
        var root = Processor.Tests.Shared.RepoRoot.Path;
        var config = File.ReadAllText(Path.Combine(root, ".editorconfig"));
        var max = int.Parse(MaxLineLength().Match(config[config.IndexOf("[*.cs]", StringComparison.Ordinal)..]).Groups[1].Value);
        var tooLong = new List<string>();
        foreach (var folder in new[] { "src", "plugins", "tests", "bench" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj")) continue;
                var number = 0;
                foreach (var line in File.ReadLines(file))
                {
                    number++;
                    if (line.Length > max && !line.TrimStart().StartsWith("[GeneratedRegex(", StringComparison.Ordinal))
                        tooLong.Add($"{relative}({number}): {line.Length} characters");
                }
            }
        Assert.True(tooLong.Count == 0, $"lines longer than max_line_length = {max}; wrap them:\n{string.Join('\n', tooLong)}");
    }

    [GeneratedRegex(@"max_line_length\s*=\s*(\d+)")]
    private static partial Regex MaxLineLength();
}
