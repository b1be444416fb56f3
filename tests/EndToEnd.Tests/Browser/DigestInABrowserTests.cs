using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Browser;

/// <summary>
/// The seed briefing opened in headless Chromium: stories with their claims, a citation opens its passage with the
/// cited span highlighted, the conflict on MEK members in Albania is shown, and the filter works across sections and
/// says how many items match. Screenshots are saved under artifacts/screenshots/ for people to look at.
/// </summary>
[Trait("Category", "Browser")]
[Collection(SeedDigestCollection.Name)]
public sealed class DigestInABrowserTests(SeedDigest seed)
{
    internal static string Screenshot(string name) => Path.Combine(Repo.Root, "artifacts", "screenshots", name);

    [SkippableFact]
    public async Task TheSeedBriefingShowsStoriesClaimsWithWorkingCitationsAndTheConflict()
    {
        await using var browser = await HeadlessChromium.OpenAsync(Path.Combine(seed.Output, "digest.html"));

        Assert.InRange((await browser.EvaluateAsync("document.querySelectorAll('article.story').length"))!.GetValue<int>(), 3, 40);
        Assert.InRange((await browser.EvaluateAsync("document.querySelectorAll('article.claim').length"))!.GetValue<int>(), 10, 80);
        // The MEK membership figures of 000, 001 and 002 side by side, flagged as disagreeing.
        var conflicts = (await browser.EvaluateAsync("[...document.querySelectorAll('.conflict')].map(c => c.innerText).join('\\n')"))!.GetValue<string>();
        foreach (var value in new[] { "around 2,400", "Around 2,000", "some 3,000", "3,500", "sources disagree" })
            Assert.Contains(value, conflicts);

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
        await browser.ScreenshotAsync(Screenshot("seed-digest.png"));
    }

    [SkippableFact]
    public async Task TheFilterSearchesEverySectionAndSaysHowManyItemsMatch()
    {
        await using var browser = await HeadlessChromium.OpenAsync(Path.Combine(seed.Output, "digest.html"));
        var result = await browser.EvaluateAsync("""
            (() => {
              const box = document.getElementById('filter');
              box.value = 'Albania';
              box.dispatchEvent(new Event('input'));
              const visible = sel => [...document.querySelectorAll(sel)].filter(e => !e.hidden && !e.closest('[hidden]')).length;
              return { claims: visible('article.claim'), index: visible('#index [data-filter]'), all: document.querySelectorAll('article.claim').length,
                       count: document.getElementById('filter-count').textContent };
            })()
            """);
        Assert.InRange(result!["claims"]!.GetValue<int>(), 1, result["all"]!.GetValue<int>() - 1);
        Assert.True(result["index"]!.GetValue<int>() >= 1, "the filter reaches the full index");
        Assert.Matches(@"^\d+ of \d+ items match$", result["count"]!.GetValue<string>());
    }

    [SkippableFact]
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
