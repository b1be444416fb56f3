using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Processor.Core.Plugins;

namespace Processor.Core.Configuration;

/// <summary>
/// A JSON Schema (draft-07, what YAML editors read) for pipeline files: the host's keys as <see cref="PipelineFileReader"/>
/// reads them, and for each loaded plugin its <c>with:</c> options from its options type — names as the binder writes
/// them (<see cref="OptionsBinder.OptionNames"/>), types, defaults (a new options object's values), allowed values and
/// ranges (<see cref="AllowedValuesAttribute"/>, <see cref="RangeAttribute"/>) and descriptions (the plugin's XML
/// documentation, shipped beside its assembly). An unknown key or option fails it, as it fails <c>validate</c>.
/// </summary>
public static partial class PipelineSchema
{
    public const string FileName = "pipeline.schema.json";

    public static JsonObject Generate(PluginCatalog catalog)
    {
        var plugins = catalog.Plugins.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var stage = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("use"),
            ["properties"] = new JsonObject
            {
                ["use"] = new JsonObject
                {
                    ["description"] = "The plugin this stage runs (processor plugins list shows them)",
                    ["enum"] = new JsonArray([.. plugins.Select(p => (JsonNode)p.Id)]),
                },
                ["with"] = new JsonObject { ["type"] = "object", ["description"] = "The plugin's options" },
                ["on_error"] = Described(Enum("skip", "fail"), "When the plugin fails on one document: skip it (default) or stop the run (exit 3)"),
                ["timeout"] = Described(new JsonObject { ["type"] = "string", ["pattern"] = @"^(none|(\d+\.)?\d{1,2}:\d{2}:\d{2}(\.\d+)?)$" },
                    "Longest time one call may take, e.g. 00:05:00, or none"),
            },
            ["additionalProperties"] = false,
            ["allOf"] = new JsonArray([.. plugins.Select(p => (JsonNode)new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["use"] = new JsonObject { ["const"] = p.Id } }, ["required"] = new JsonArray("use") },
                ["then"] = new JsonObject { ["properties"] = new JsonObject { ["with"] = Described(OptionsSchema(p.Plugin.OptionsType), p.Plugin.Description) } },
            })]),
        };
        return new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "Processor pipeline",
            ["description"] = "A Processor pipeline file (processor docs configuration)",
            ["type"] = "object",
            ["required"] = new JsonArray("inputs", "pipeline"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["version"] = Described(new JsonObject { ["const"] = 1 }, "The pipeline file's format version"),
                ["name"] = Described(Type("string"), "The digest's title"),
                ["inputs"] = Described(StringOrList(), "Files, folders or globs to read, relative to this file"),
                ["plugin_paths"] = Described(StringOrList(), "Folders of plugins beside the built-in ones"),
                ["pipeline"] = Described(new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = stage }, "The stages, in order"),
                ["output"] = Described(Type("string"), "The digest's folder; may hold {date:yyyy-MM-dd}"),
                ["max_file_bytes"] = Described(new JsonObject { ["type"] = "integer", ["minimum"] = 1 }, "Larger files are skipped"),
                ["state"] = Described(Type("string"), "The state database, or none (default: .processor/<pipeline-name>.db)"),
                ["digest"] = Described(new JsonObject
                {
                    ["type"] = "object",
                    ["additionalProperties"] = false,
                    ["properties"] = new JsonObject { ["mode"] = Enum("full", "new-only") },
                }, "What the digest shows: every claim (full) or only new ones"),
                ["keep"] = Described(new JsonObject { ["type"] = "integer", ["minimum"] = 1 }, "How many dated digests to keep"),
                ["follow_symlinks"] = Described(Type("boolean"), "Whether symbolic links below an input folder are followed"),
            },
        };
    }

    /// <summary>The schema of one options type: every option the binder accepts, and no other.</summary>
    public static JsonObject OptionsSchema(Type optionsType)
    {
        var defaults = SafeCreate(optionsType);
        var docs = XmlDocs(optionsType.Assembly);
        var properties = new JsonObject();
        foreach (var (name, property) in OptionsBinder.OptionNames(optionsType))
        {
            var schema = TypeSchema(property.PropertyType);
            // `templates: ~` is as good as leaving an optional option out.
            if (Nullability.Create(property).WriteState == NullabilityState.Nullable && schema["type"] is JsonValue single)
                schema["type"] = new JsonArray(single.GetValue<string>(), "null");
            if (docs.TryGetValue($"P:{property.DeclaringType!.FullName}.{property.Name}", out var description)) schema["description"] = description;
            if (defaults is not null && ToJson(property.GetValue(defaults)) is { } value) schema["default"] = value;
            if (property.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed)
            {
                var values = new JsonArray([.. allowed.Values.Select(v => JsonValue.Create(v?.ToString()))]);
                if (schema["items"] is JsonObject items) items["enum"] = values; else schema["enum"] = values;
            }
            if (property.GetCustomAttribute<RangeAttribute>() is { } range)
            {
                schema[range.MinimumIsExclusive ? "exclusiveMinimum" : "minimum"] = JsonValue.Create(Convert.ToDouble(range.Minimum, System.Globalization.CultureInfo.InvariantCulture));
                schema[range.MaximumIsExclusive ? "exclusiveMaximum" : "maximum"] = JsonValue.Create(Convert.ToDouble(range.Maximum, System.Globalization.CultureInfo.InvariantCulture));
            }
            properties[name] = schema;
        }
        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
    }

    private static readonly NullabilityInfoContext Nullability = new();

    private static JsonObject TypeSchema(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string) || underlying == typeof(TimeSpan)) return Type("string");
        if (underlying == typeof(bool)) return Type("boolean");
        if (underlying == typeof(int) || underlying == typeof(long)) return Type("integer");
        if (underlying == typeof(double) || underlying == typeof(float) || underlying == typeof(decimal)) return Type("number");
        if (underlying.IsEnum)
            return Enum([.. System.Enum.GetNames(underlying).Select(n => OptionsBinder.ToSnakeCase(n).Replace('_', '-'))]);
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() is var generic
            && (generic == typeof(Dictionary<,>) || generic == typeof(IDictionary<,>) || generic == typeof(IReadOnlyDictionary<,>)))
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = TypeSchema(underlying.GetGenericArguments()[1]) };
        if (underlying != typeof(string) && underlying.GetInterfaces().Append(underlying).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } sequence)
            return new JsonObject { ["type"] = "array", ["items"] = TypeSchema(sequence.GetGenericArguments()[0]) };
        if (underlying.IsClass) return OptionsSchema(underlying);
        return new JsonObject();
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        float f => JsonValue.Create((double)f),
        decimal m => JsonValue.Create(m),
        TimeSpan t => JsonValue.Create(t.ToString()),
        Enum e => JsonValue.Create(OptionsBinder.ToSnakeCase(e.ToString()).Replace('_', '-')),
        IDictionary => null,
        IEnumerable list when list.Cast<object?>().Select(ToJson).ToList() is var items && items.All(i => i is not null) => new JsonArray([.. items]),
        _ => null,
    };

    private static object? SafeCreate(Type type)
    {
        try { return Activator.CreateInstance(type); }
        catch (Exception e) when (e is MissingMethodException or TargetInvocationException or MemberAccessException) { return null; }
    }

    /// <summary>Summaries of an assembly's members from its XML documentation beside it, tags flattened to text.</summary>
    private static Dictionary<string, string> XmlDocs(Assembly assembly)
    {
        var docs = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (string.IsNullOrEmpty(assembly.Location) || !File.Exists(path)) return docs;
        try
        {
            foreach (var member in XDocument.Load(path).Descendants("member"))
                if (member.Attribute("name")?.Value is { } name && member.Element("summary") is { } summary)
                    docs[name] = Whitespace().Replace(string.Concat(summary.Nodes().Select(Flatten)), " ").Trim();
        }
        catch (System.Xml.XmlException) { }
        return docs;
    }

    private static string Flatten(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" or "seealso" } see => see.Attribute("langword")?.Value
            ?? (see.Attribute("cref")?.Value is { } cref ? cref[(cref.LastIndexOf('.') + 1)..] : see.Value),
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference => reference.Attribute("name")?.Value ?? "",
        XElement element => string.Concat(element.Nodes().Select(Flatten)),
        _ => "",
    };

    private static JsonObject Type(string type) => new() { ["type"] = type };

    private static JsonObject Enum(params string[] values) => new() { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) };

    private static JsonObject StringOrList() => new()
    {
        ["oneOf"] = new JsonArray(Type("string"), new JsonObject { ["type"] = "array", ["items"] = Type("string") }),
    };

    private static JsonObject Described(JsonObject schema, string description)
    {
        schema["description"] = description;
        return schema;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
