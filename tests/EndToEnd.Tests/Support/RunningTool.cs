using System.Diagnostics;

namespace EndToEnd.Tests.Support;

/// <summary>The tool started as a process that a test can watch (its standard error, line by line) and kill.</summary>
public sealed class RunningTool : IDisposable
{
    private readonly Process _process;

    public RunningTool(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Repo.ToolDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        _process = Process.Start(info)!;
    }

    /// <summary>Waits until standard error has a line containing <paramref name="text"/> (or the process ends).</summary>
    public async Task WaitForAsync(string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (await _process.StandardError.ReadLineAsync(timeout.Token) is { } line)
            if (line.Contains(text, StringComparison.Ordinal)) return;
        throw new InvalidOperationException($"the tool never printed '{text}' (exit {(_process.HasExited ? _process.ExitCode : -1)})");
    }

    /// <summary>SIGKILL: no handler runs, as when a machine loses power or the OOM killer strikes.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Sends a POSIX signal (SIGTERM = 15, SIGINT = 2) and waits for the exit code.</summary>
    public async Task<int> SignalAsync(int signal)
    {
        using (var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!)
            await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
