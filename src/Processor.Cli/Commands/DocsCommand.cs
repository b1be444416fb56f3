using System.CommandLine;
using Processor.Core.Diagnostics;

namespace Processor.Cli.Commands;

/// <summary>
/// <c>processor docs [NAME]</c>: the documentation shipped with the tool (the repository's docs/ folder, copied beside
/// it), so an installed tool's pipelines and messages can point at help that is there without a clone.
/// </summary>
internal static class DocsCommand
{
    /// <summary>Where the shipped pages are: docs/ beside the tool.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "docs");

    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "A page, e.g. configuration (omit to list them)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("docs", "Print a page of the documentation shipped with the tool, or list them") { name };
        command.SetAction((result, _) =>
        {
            var log = LogFactory.Create("auto", quiet: false);
            return CommandGuard.RunAsync(log, () =>
            {
                var pages = Directory.Exists(Folder)
                    ? Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
                    : [];
                var wanted = result.GetValue(name);
                if (wanted is null)
                {
                    Console.Out.WriteLine($"Pages (processor docs NAME; files in {Folder}):");
                    foreach (var page in pages) Console.Out.WriteLine($"  {page}");
                    return Task.FromResult(ExitCodes.Success);
                }
                var key = Path.GetFileNameWithoutExtension(wanted);
                if (!pages.Contains(key, StringComparer.Ordinal))
                    throw new UserErrorException(Diagnostic.Error(wanted, 0, 0,
                        $"no such page{Suggestions.DidYouMean(key, pages)}; the pages are {string.Join(", ", pages)}"));
                Console.Out.Write(File.ReadAllText(Path.Combine(Folder, key + ".md")));
                return Task.FromResult(ExitCodes.Success);
            });
        });
        return command;
    }
}
