using Processor.Plugins.Renderer.Model;

namespace Processor.Plugins.Tests.Renderer;

/// <summary>A digest whose every corpus string is an injection attempt.</summary>
internal static class Hostile
{
    public const string Script = "<script>alert('x')</script>";
    public const string Image = "<img src=x onerror=alert(1)>";
    public const string Link = "<a href=\"javascript:alert(1)\">click</a>";
    public const string Scriban = "{{ title }} {{ for x in claims }}";

    public static DigestView Digest()
    {
        var sample = SampleDigest.Create();
        var citation = sample.Claims[0].Citations[0] with { Quote = Script, Before = Image, After = Link, DocumentTitle = Scriban, Publisher = Image, Url = "https://example.org/\"><script>alert(1)</script>" };
        var claim = sample.Claims[0] with { Text = $"{Script} {Image} {Link} {Scriban}", Citations = [citation], Entities = [Script], Speaker = Script };
        var conflict = new ConflictView("k0", Script, [new ConflictRowView(Image, Link, claim.Id, citation, 1, true), new ConflictRowView("2", Scriban, claim.Id, citation, 1, false)]);
        var story = sample.Stories[0] with { Title = Script, FirstReportedBy = Image, OneSided = Link, Claims = [claim], Conflicts = [conflict],
            Outlets = [new OutletView(Script, Image, Link, Scriban, "https://example.org/\"onmouseover=\"alert(1)")] };
        return sample with
        {
            Claims = [claim], Stories = [story], Quotes = [], Conflicts = [conflict], Facts = [new FactView("k1", Image, [claim, claim])], Sections = [],
            Briefing = sample.Briefing with { Summary = [new SummaryView("s0", Script, Image, claim.Id, citation, 1, true)], SidesNote = Link },
            Cited = [claim],
        };
    }
}
