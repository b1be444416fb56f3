using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EndToEnd.Tests.Support;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol on loopback: open a page, evaluate
/// JavaScript, take a screenshot. Installs Chromium with scripts/install-chromium.sh when it is missing.
/// </summary>
public sealed partial class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private ClientWebSocket? _socket;
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static async Task<HeadlessChromium> OpenAsync(string fileToOpen)
    {
        EnsureInstalled();
        var profile = Directory.CreateTempSubdirectory("processor-chromium").FullName;
        var info = new ProcessStartInfo("chromium") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                     "--window-size=1280,2000", $"--user-data-dir={profile}", new Uri(fileToOpen).AbsoluteUri,
                 })
            info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        var browser = new HeadlessChromium(process, profile);
        var port = await ReadDevToolsPortAsync(process);
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var list = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
            var page = list.FirstOrDefault(t => t!["type"]!.GetValue<string>() == "page");
            if (page is not null)
            {
                browser._socket = new ClientWebSocket();
                await browser._socket.ConnectAsync(new Uri(page["webSocketDebuggerUrl"]!.GetValue<string>()), CancellationToken.None);
                await browser.WaitForLoadAsync();
                return browser;
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("Chromium opened no page");
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result["exceptionDetails"] is { } error) throw new InvalidOperationException($"JavaScript failed: {error.ToJsonString()}");
        return result["result"]!["value"];
    }

    /// <summary>Saves a PNG of the page to <paramref name="path"/>.</summary>
    public async Task ScreenshotAsync(string path)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = false });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(result["data"]!.GetValue<string>()));
    }

    /// <summary>Lays the page out for a window of <paramref name="width"/> CSS pixels (a phone: 400, mobile).</summary>
    public async Task SetViewportAsync(int width, int height, bool mobile)
    {
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = mobile });
        await EvaluateAsync("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    /// <summary>Renders the page as it prints: print media, and the page's own before-print handler run.</summary>
    public async Task EmulatePrintAsync()
    {
        await SendAsync("Emulation.setEmulatedMedia", new JsonObject { ["media"] = "print" });
        await EvaluateAsync("window.dispatchEvent(new Event('beforeprint'))");
    }

    /// <summary>Prints the page to a PDF at <paramref name="path"/> (the browser's own print, print media and events).</summary>
    public async Task PrintToPdfAsync(string path)
    {
        var result = await SendAsync("Page.printToPDF", new JsonObject { ["printBackground"] = false });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(result["data"]!.GetValue<string>()));
    }

    private async Task WaitForLoadAsync()
    {
        for (var i = 0; i < 100; i++)
        {
            // The first page can still be about:blank; wait for the file itself to finish loading.
            if ((await EvaluateAsync("location.protocol === 'file:' && document.readyState === 'complete'"))?.GetValue<bool>() == true) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the page did not finish loading in 10 s");
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        await _socket!.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var stream = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(buffer, timeout.Token);
                stream.Write(buffer, 0, received.Count);
            } while (!received.EndOfMessage);
            var reply = JsonNode.Parse(stream.ToArray())!;
            if (reply["id"]?.GetValue<int>() != id) continue;   // an event, or another reply
            if (reply["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
            return reply["result"]!;
        }
    }

    private static async Task<int> ReadDevToolsPortAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            var m = DevToolsLine().Match(line);
            if (m.Success) return int.Parse(m.Groups[1].Value);
        }
        throw new InvalidOperationException("Chromium did not print its DevTools address");
    }

    /// <summary>
    /// Installs Chromium when it is missing. Where it cannot be had (no root, no package source) the browser tests are
    /// skipped with the reason — unless <c>PROCESSOR_REQUIRE_BROWSER=1</c> (set by .ci/run, which installs it), where a
    /// missing browser is a failure: CI must never pass by skipping them.
    /// </summary>
    private static void EnsureInstalled()
    {
        if (File.Exists("/usr/bin/chromium")) return;
        var install = ToolRun.Exec("bash", Repo.Root, [Path.Combine("scripts", "install-chromium.sh")], TimeSpan.FromMinutes(10));
        if (install.ExitCode == 0) return;
        var reason = $"Chromium is missing and scripts/install-chromium.sh failed: {install.Stderr.Trim()}";
        if (Environment.GetEnvironmentVariable("PROCESSOR_REQUIRE_BROWSER") == "1") throw new InvalidOperationException(reason);
        Skip.If(true, reason + " (install the Debian package 'chromium' to run the browser tests)");
    }

    [GeneratedRegex(@"DevTools listening on ws://127\.0\.0\.1:(\d+)/")]
    private static partial Regex DevToolsLine();

    public async ValueTask DisposeAsync()
    {
        try { _socket?.Dispose(); } catch (WebSocketException) { }
        try { _process.Kill(entireProcessTree: true); await _process.WaitForExitAsync(); } catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
        await Task.CompletedTask;
    }
}
