using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Processor.Core.Diagnostics;

namespace Processor.Cli.Commands;

/// <summary>
/// The standard help, then what a newcomer looks for next: examples, the exit codes and where the documentation is
/// (shipped with the tool: <c>processor docs</c>).
/// </summary>
internal sealed partial class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
{
    private const string Examples = """
        Examples:
          processor init my-digest                  a starter pipeline.yaml, templates/ and docs/ to fill
          processor run                             run ./pipeline.yaml; the digest's folder is printed
          processor run news.yaml -o /srv/digest    the digest into another folder
          processor run --since 2026-11-20          mark as new what was first seen after that date
          processor run --every "0 6 * * *"         keep running, every day at 06:00
          processor validate news.yaml --verbose    every check of run, and each plugin's folder
          processor docs configuration              the pipeline file's reference
        """;

    private static readonly string ExitCodesAndDocs =
        "\nExit codes:\n" + string.Concat(ExitCodes.Meanings.Select(m => $"  {m.Code,-4}{m.Meaning}\n")) +
        "\nDocumentation: processor docs (the shipped pages: configuration, writing-a-plugin, json-schema, …)\n";

    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var captured = new StringWriter();
        parseResult.InvocationConfiguration.Output = captured;
        int code;
        try { code = standard.Invoke(parseResult); }
        finally { parseResult.InvocationConfiguration.Output = output; }
        output.Write(OptionalArgumentsInBrackets(captured.ToString(), parseResult.RootCommandResult.Command));
        output.WriteLine(Examples);
        output.WriteLine(ExitCodesAndDocs);
        return code;
    }

    /// <summary>
    /// The standard commands list shows every argument as required ("run &lt;pipeline&gt;"); an optional one gets brackets
    /// there, as it has in the usage line ("run [&lt;pipeline&gt;]").
    /// </summary>
    private static string OptionalArgumentsInBrackets(string help, Command root)
    {
        var lines = help.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd('\r') == "Commands:");
        if (start < 0) return help;
        var end = start + 1;
        while (end < lines.Length && lines[end].Trim().Length > 0) end++;
        var rows = new List<(string First, string Description)>();
        for (var i = start + 1; i < end; i++)
        {
            var match = CommandRow().Match(lines[i].TrimEnd('\r'));
            if (!match.Success) return help;   // a layout this does not know: leave it as it is
            var first = match.Groups["first"].Value;
            foreach (var command in root.Subcommands.Where(c => first.StartsWith(c.Name + " ", StringComparison.Ordinal)))
                foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues == 0))
                    first = first.Replace($"<{argument.Name}>", $"[<{argument.Name}>]", StringComparison.Ordinal);
            rows.Add((first, match.Groups["description"].Value));
        }
        var width = rows.Max(r => r.First.Length) + 2;
        for (var i = 0; i < rows.Count; i++) lines[start + 1 + i] = "  " + rows[i].First.PadRight(width) + rows[i].Description;
        return string.Join('\n', lines);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^  (?<first>\S.*?)\s{2,}(?<description>\S.*)$")]
    private static partial System.Text.RegularExpressions.Regex CommandRow();

    /// <summary>Puts the extended help on <paramref name="root"/>'s help option and makes a bare <c>processor</c> show it.</summary>
    public static void Install(RootCommand root)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        var help = new HelpWithExamples((HelpAction)option.Action!);
        option.Action = help;
        root.SetAction(help.Invoke);
    }
}
