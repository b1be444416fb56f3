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
            // A template that reads every field of the model (test data: a new field is added there and to the docs).
            File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "templates", "every-field.md.sbn"), Path.Combine(folder, "digest.md.sbn"));
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
