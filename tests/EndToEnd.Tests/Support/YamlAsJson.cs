using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EndToEnd.Tests.Support;

/// <summary>
/// A YAML document as the JSON a YAML editor checks against a schema: plain scalars resolved by YAML 1.2's core schema
/// (null, booleans, integers, floats), quoted ones kept as strings.
/// </summary>
public static partial class YamlAsJson
{
    public static JsonNode? Read(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } quoted => JsonValue.Create(quoted.Value),
        YamlScalarNode { Value: null or "" or "~" or "null" or "Null" or "NULL" } => null,
        YamlScalarNode { Value: "true" or "True" or "TRUE" } => JsonValue.Create(true),
        YamlScalarNode { Value: "false" or "False" or "FALSE" } => JsonValue.Create(false),
        YamlScalarNode scalar when Integer().IsMatch(scalar.Value!) => JsonValue.Create(long.Parse(scalar.Value!.Replace("_", ""), CultureInfo.InvariantCulture)),
        YamlScalarNode scalar when Float().IsMatch(scalar.Value!) => JsonValue.Create(double.Parse(scalar.Value!, CultureInfo.InvariantCulture)),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
