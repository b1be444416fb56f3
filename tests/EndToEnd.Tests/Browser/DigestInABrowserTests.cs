using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Browser;

/// <summary>
/// The HTML digests opened in headless Chromium: claims are there, a citation opens its passage with the
/// cited span highlighted, the conflicts table is shown, and no script from the corpus runs. Screenshots are
/// saved under artifacts/screenshots/ for people to look at.
/// </summary>
[Trait("Category", "Browser")]
[Collection(SeedDigestCollection.Name)]
public sealed class DigestInABrowserTests(SeedDigest seed)
{
    private static string Screenshot(string name) => Path.Combine(Repo.Root, "artifacts", "screenshots", name);

    [Fact]
    public async Task TheSeedDigestShowsClaimsWithWorkingCitationsAndTheConflictsTable()
    {
        await using var browser = await HeadlessChromium.OpenAsync(Path.Combine(seed.Output, "digest.html"));

        Assert.Equal(200, (await browser.EvaluateAsync("document.querySelectorAll('article.claim').length"))!.GetValue<int>());
        Assert.True((await browser.EvaluateAsync("document.querySelectorAll('#conflicts table').length"))!.GetValue<int>() >= 1);
        // The MEK membership figures of 000, 001 and 002 side by side, flagged as disagreeing.
        var figures = (await browser.EvaluateAsync("document.getElementById('conflicts').innerText"))!.GetValue<string>();
        foreach (var value in new[] { "around 2,400", "Around 2,000", "some 3,000", "3,500", "sources disagree" })
            Assert.Contains(value, figures);

        var opened = await browser.EvaluateAsync("""
            (() => {
              const details = document.querySelector('article.claim details.citation');
              const before = details.open;
              details.querySelector('summary').click();
              const mark = details.querySelector('.passage mark');
              return { before, after: details.open, visible: mark.getBoundingClientRect().height > 0, quote: mark.textContent };
            })()
            """);
        Assert.False(opened!["before"]!.GetValue<bool>());
        Assert.True(opened["after"]!.GetValue<bool>());
        Assert.True(opened["visible"]!.GetValue<bool>());
        Assert.False(string.IsNullOrWhiteSpace(opened["quote"]!.GetValue<string>()));

        var filtered = await browser.EvaluateAsync("""
            (() => {
              const box = document.getElementById('filter');
              box.value = 'Albania';
              box.dispatchEvent(new Event('input'));
              const all = document.querySelectorAll('article.claim');
              return [...all].filter(c => !c.hidden).length;
            })()
            """);
        Assert.InRange(filtered!.GetValue<int>(), 1, 199);

        await browser.ScreenshotAsync(Screenshot("seed-digest.png"));
    }

    [Fact]
    public async Task NoScriptFromAHostileCorpusRuns()
    {
        using var corpus = new CorpusCopy("hostile");
        File.WriteAllText(Path.Combine(corpus.Path, "pwn.txt"),
            "<script>window.__pwned = 1</script> A headline\n\nThe text says <img src=x onerror=\"window.__pwned = 2\"> and <svg onload=\"window.__pwned = 3\"></svg> inside a sentence.\n");
        var run = ToolRun.Start(corpus.Path, "run", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());

        await using var browser = await HeadlessChromium.OpenAsync(Path.Combine(corpus.Output, "digest.html"));
        Assert.Equal("undefined", (await browser.EvaluateAsync("typeof window.__pwned"))!.GetValue<string>());
        Assert.Equal(0, (await browser.EvaluateAsync("document.querySelectorAll('main img, main svg, main script').length"))!.GetValue<int>());
        Assert.True((await browser.EvaluateAsync("document.body.innerText.includes('onerror=')"))!.GetValue<bool>());
        await browser.ScreenshotAsync(Screenshot("hostile-digest.png"));
    }
}
