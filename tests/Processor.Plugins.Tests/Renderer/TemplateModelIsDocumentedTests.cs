using System.Reflection;
using System.Text.RegularExpressions;
using Processor.Plugins.Renderer.Model;
using Processor.Plugins.Renderer.Templates;

namespace Processor.Plugins.Tests.Renderer;

/// <summary>
/// docs/template-model.md cannot drift: every field of the template model is named there, and a template that
/// touches every field renders in strict mode (an undocumented rename would fail it).
/// </summary>
public sealed partial class TemplateModelIsDocumentedTests
{
    private static string Docs() =>
        File.ReadAllText(Path.Combine(Processor.Tests.Shared.RepoRoot.Path, "docs", "template-model.md"));

    public static TheoryData<string, string> Fields()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in typeof(DigestView).Assembly.GetTypes().Where(t => t.Namespace == typeof(DigestView).Namespace && t.Name.EndsWith("View")))
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                data.Add(type.Name, Snake(property.Name));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void EveryModelFieldIsDocumented(string type, string field) =>
        Assert.True(Regex.IsMatch(Docs(), $"`{Regex.Escape(field)}`"), $"{type}.{field} is not in docs/template-model.md");

    [Fact]
    public void ATemplateTouchingEveryFieldRendersInStrictMode()
    {
        var folder = Directory.CreateTempSubdirectory("processor-model").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "digest.md.sbn"), """
                {{ title }} {{ generated_at }} {{ schema }} {{ max_claims }}
                {{ overview.sources }} {{ overview.documents }} {{ overview.sentences }} {{ overview.claims }} {{ overview.occurrences }} {{ overview.duplicates_merged }} {{ overview.removed_spans }} {{ overview.skipped }} {{ overview.stories }} {{ overview.new_stories }} {{ overview.new_claims }}
                {{ briefing.budget }} {{ briefing.sides_note }}{{ for c in briefing.coverage }}{{ c.label }} {{ c.count }} {{ c.percent }}{{ end }}
                {{ for m in briefing.summary }}{{ m.story_id }} {{ m.story_title }} {{ m.text }} {{ m.claim_id }} {{ m.citation.anchor }} {{ m.independent_sources }} {{ m.is_new }}{{ end }}
                {{ for st in stories }}{{ st.id }} {{ st.title }} {{ st.first_reported }} {{ st.first_reported_by }} {{ st.is_new }} {{ st.new_documents }} {{ st.document_count }} {{ st.one_sided }} {{ st.more_claims }} {{ st.claims.size }} {{ st.conflicts.size }}{{ for o in st.outlets }}{{ o.name }} {{ o.kind }} {{ o.sides }} {{ o.country }} {{ o.url }}{{ end }}{{ for c in st.coverage }}{{ c.label }}{{ end }}{{ end }}
                {{ for claim in claims }}{{ claim.id }} {{ claim.rank }} {{ claim.score }} {{ claim.text }} {{ claim.source_count }} {{ claim.publisher_count }} {{ claim.independent_sources }} {{ claim.kind }} {{ claim.speaker }} {{ claim.entities }} {{ claim.figures }} {{ claim.speakers }} {{ claim.more_citations }} {{ claim.is_new }} {{ claim.first_seen }} {{ claim.shown }} {{ claim.coverage.size }}
                {{ for tag in claim.tags }}{{ tag.kind }} {{ tag.value }} {{ tag.attributes }}{{ end }}
                {{ for c in claim.citations }}{{ c.anchor }} {{ c.source }} {{ c.path }} {{ c.document }} {{ c.document_title }} {{ c.publisher }} {{ c.published }} {{ c.authors }} {{ c.line }} {{ c.end_line }} {{ c.start }} {{ c.end }} {{ c.quote }} {{ c.before }} {{ c.after }} {{ c.similarity }} {{ c.match }} {{ c.url }}{{ end }}{{ end }}
                {{ for g in conflicts }}{{ g.id }} {{ g.quantity }}{{ for r in g.rows }}{{ r.value }} {{ r.text }} {{ r.claim_id }} {{ r.citation.anchor }} {{ r.source_count }} {{ r.linked }}{{ end }}{{ end }}
                {{ for f in facts }}{{ f.id }} {{ f.basis }} {{ f.claims.size }}{{ end }}
                {{ for q in quotes }}{{ q.speaker }} {{ q.speech }} {{ q.text }} {{ q.claim_id }} {{ q.citation.anchor }} {{ q.linked }}{{ end }}
                {{ for row in index.stories }}{{ row.id }} {{ row.title }} {{ row.first_reported }} {{ row.documents }} {{ row.sources }} {{ row.claims }} {{ row.shown }} {{ row.is_new }}{{ end }} {{ index.more_stories }} {{ index.more_sources }}
                {{ for s in sources }}{{ s.id }} {{ s.path }} {{ s.sha256 }} {{ s.bytes }}{{ for d in s.documents }}{{ d.id }} {{ d.title }} {{ d.published }} {{ d.authors }} {{ d.publisher }} {{ d.site }} {{ d.line }} {{ d.end_line }} {{ d.sentences }} {{ d.boundary_reason }} {{ d.url }}{{ end }}{{ end }}
                {{ for r in removed }}{{ r.path }} {{ r.line }} {{ r.end_line }} {{ r.reason }} {{ r.text }}{{ end }}
                {{ for k in skipped }}{{ k.path }} {{ k.line }} {{ k.reason }}{{ end }}
                {{ for x in sections }}{{ x.kind }} {{ x.claims.size }}{{ end }}
                {{ for n in names }}{{ n.name }} {{ n.claims }} {{ n.reports }}{{ end }}
                {{ cited.size }}
                """);
            var templates = TemplateSet.Load([Path.Combine(AppContext.BaseDirectory, "templates"), folder]);
            Assert.Empty(templates.Check(["markdown"]));
            Assert.Contains("Sample claim.", templates.Render("markdown", SampleDigest.Create()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Snake(string name) => Processor.Core.Configuration.OptionsBinder.ToSnakeCase(name);

}
