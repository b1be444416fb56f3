using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Browser;

/// <summary>
/// The seed briefing as a reader meets it: at most 3,000 words above the full index (about ten minutes), every in-page
/// link lands on something, nothing scrolls sideways on a 400-pixel phone, and it prints with its citations open.
/// Screenshots of the desktop, phone and print layouts are saved under artifacts/screenshots/.
/// </summary>
[Trait("Category", "Browser")]
[Collection(SeedDigestCollection.Name)]
public sealed class TheBriefingReadsInTenMinutesTests(SeedDigest seed)
{
    [SkippableFact]
    public async Task AtMostThreeThousandWordsStandAboveTheFullIndex()
    {
        await using var browser = await HeadlessChromium.OpenAsync(Path.Combine(seed.Output, "digest.html"));
        // What a reader sees: the rendered text (closed citations are not read) of everything before the full index.
        var words = (await browser.EvaluateAsync("""
            (() => {
              const index = document.getElementById('index');
              let text = '';
              for (const el of document.querySelector('main').children) { if (el === index) break; text += ' ' + el.innerText; }
              return text.split(/\s+/).filter(w => w.length > 0).length;
            })()
            """))!.GetValue<int>();
        Assert.InRange(words, 300, 3000);
    }

    [SkippableFact]
    public async Task EveryInPageLinkLandsOnSomething()
    {
        await using var browser = await HeadlessChromium.OpenAsync(Path.Combine(seed.Output, "digest.html"));
        var dead = await browser.EvaluateAsync("""
            [...document.querySelectorAll('a[href^="#"]')]
              .map(a => decodeURIComponent(a.getAttribute('href').slice(1)))
              .filter(id => !document.getElementById(id))
            """);
        var links = (await browser.EvaluateAsync("document.querySelectorAll('a[href^=\"#\"]').length"))!.GetValue<int>();
        Assert.True(links > 20, $"{links} in-page links");
        Assert.Empty(dead!.AsArray());
    }

    [SkippableFact]
    public async Task NothingScrollsSidewaysOnAFourHundredPixelPhone()
    {
        await using var browser = await HeadlessChromium.OpenAsync(Path.Combine(seed.Output, "digest.html"));
        await browser.SetViewportAsync(400, 850, mobile: true);
        var widths = await browser.EvaluateAsync("({ page: document.documentElement.scrollWidth, window: window.innerWidth })");
        Assert.True(widths!["page"]!.GetValue<int>() <= widths["window"]!.GetValue<int>(), $"page {widths["page"]} px wide in a {widths["window"]} px window");
        await browser.ScreenshotAsync(DigestInABrowserTests.Screenshot("seed-digest-400px.png"));
    }

    [SkippableFact]
    public async Task ThePrintedBriefingCarriesItsCitations()
    {
        await using var browser = await HeadlessChromium.OpenAsync(Path.Combine(seed.Output, "digest.html"));
        await browser.EmulatePrintAsync();
        var state = await browser.EvaluateAsync("""
            ({ closed: [...document.querySelectorAll('article.claim details.citation')].filter(d => !d.open).length,
               filter: getComputedStyle(document.getElementById('filter')).display })
            """);
        Assert.Equal(0, state!["closed"]!.GetValue<int>());
        Assert.Equal("none", state["filter"]!.GetValue<string>());
        await browser.ScreenshotAsync(DigestInABrowserTests.Screenshot("seed-digest-print.png"));
        await browser.PrintToPdfAsync(DigestInABrowserTests.Screenshot("seed-digest-print.pdf"));
    }
}
