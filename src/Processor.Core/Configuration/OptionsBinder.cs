using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Processor.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Processor.Core.Configuration;

/// <summary>
/// Binds a stage's <c>with:</c> mapping onto the plugin's options class. Property <c>MinWords</c> is
/// written <c>min_words</c>. Supports strings, numbers, booleans, enums, lists of those, string
/// dictionaries and nested option classes. Every problem is reported at its line and column.
/// </summary>
public static class OptionsBinder
{
    public static object Bind(Type optionsType, YamlMappingNode? with, string pluginId, string file, DiagnosticBag diagnostics)
    {
        var options = Activator.CreateInstance(optionsType)
            ?? throw new InvalidOperationException($"cannot create {optionsType}");
        if (with is not null) BindMapping(options, with, pluginId, file, diagnostics);
        return options;
    }

    /// <summary>The YAML names of the options a type accepts, in declaration order.</summary>
    public static IEnumerable<(string Name, PropertyInfo Property)> OptionNames(Type optionsType) =>
        optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.SetMethod!.IsPublic)
            .Select(p => (ToSnakeCase(p.Name), p));

    public static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static void BindMapping(object target, YamlMappingNode map, string pluginId, string file, DiagnosticBag diagnostics)
    {
        var known = OptionNames(target.GetType()).ToDictionary(x => x.Name, x => x.Property);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.TryGetValue(key, out var property))
            {
                var hint = Suggestions.DidYouMean(key, known.Keys);
                var list = hint.Length == 0 && known.Count > 0 ? $"; known options: {string.Join(", ", known.Keys)}" : "";
                Report(keyNode, $"unknown option '{key}' for plugin '{pluginId}'{hint}{list}");
                continue;
            }
            if (TryConvert(valueNode, property.PropertyType, key, pluginId, file, diagnostics, out var value))
                property.SetValue(target, value);
        }

        void Report(YamlNode node, string message) =>
            diagnostics.Error(file, (int)node.Start.Line, (int)node.Start.Column, message);
    }

    private static bool TryConvert(YamlNode node, Type type, string key, string pluginId, string file, DiagnosticBag diagnostics, out object? value)
    {
        value = null;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        void Fail(string expected, string? got = null) => diagnostics.Error(file, (int)node.Start.Line, (int)node.Start.Column,
            $"option '{key}' of plugin '{pluginId}' expects {expected}{(got is null ? "" : $", not '{got}'")}");

        if (underlying == typeof(string) || underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(decimal) || underlying == typeof(TimeSpan))
        {
            if (node is not YamlScalarNode { Value: { } text })
            {
                Fail(Describe(underlying));
                return false;
            }
            if (ParseScalar(text, underlying, out value)) return true;
            Fail(Describe(underlying), text);
            return false;
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() is var g
            && (g == typeof(Dictionary<,>) || g == typeof(IReadOnlyDictionary<,>) || g == typeof(IDictionary<,>)))
        {
            var valueType = underlying.GetGenericArguments()[1];
            if (node is not YamlMappingNode map) { Fail("a mapping"); return false; }
            var dictType = typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType);
            var dict = (IDictionary)Activator.CreateInstance(dictType)!;
            var ok = true;
            foreach (var (k, v) in map.Children)
            {
                if (TryConvert(v, valueType, $"{key}.{(k as YamlScalarNode)?.Value}", pluginId, file, diagnostics, out var item))
                    dict[(k as YamlScalarNode)?.Value ?? ""] = item;
                else ok = false;
            }
            value = dict;
            return ok;
        }

        if (ElementType(underlying) is { } elementType)
        {
            var items = node switch
            {
                YamlSequenceNode seq => seq.Children.ToList(),
                YamlScalarNode s when s.Value is { Length: > 0 } => [s],
                _ => null,
            };
            if (items is null) { Fail($"a list of {Describe(elementType)}"); return false; }
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            var ok = true;
            foreach (var item in items)
            {
                if (TryConvert(item, elementType, key, pluginId, file, diagnostics, out var element)) list.Add(element);
                else ok = false;
            }
            if (underlying.IsArray)
            {
                var array = Array.CreateInstance(elementType, list.Count);
                list.CopyTo(array, 0);
                value = array;
            }
            else value = list;
            return ok;
        }

        if (underlying.IsClass && underlying.GetConstructor(Type.EmptyTypes) is not null)
        {
            if (node is not YamlMappingNode nested) { Fail("a mapping"); return false; }
            var errorsBefore = diagnostics.Items.Count;
            var instance = Activator.CreateInstance(underlying)!;
            BindMapping(instance, nested, pluginId, file, diagnostics);
            value = instance;
            return diagnostics.Items.Count == errorsBefore;
        }

        Fail($"a value of a type the binder cannot read ({underlying.Name}); this is a bug in the plugin");
        return false;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType) return null;
        var def = type.GetGenericTypeDefinition();
        return def == typeof(List<>) || def == typeof(IReadOnlyList<>) || def == typeof(IList<>) || def == typeof(IEnumerable<>)
            || def == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static bool ParseScalar(string text, Type type, out object? value)
    {
        var inv = CultureInfo.InvariantCulture;
        value = null;
        if (type == typeof(string)) { value = text; return true; }
        if (type == typeof(bool))
        {
            if (text is "true" or "True" or "yes") { value = true; return true; }
            if (text is "false" or "False" or "no") { value = false; return true; }
            return false;
        }
        if (type == typeof(int) && int.TryParse(text, NumberStyles.Integer, inv, out var i)) { value = i; return true; }
        if (type == typeof(long) && long.TryParse(text, NumberStyles.Integer, inv, out var l)) { value = l; return true; }
        if (type == typeof(double) && double.TryParse(text, NumberStyles.Float, inv, out var d)) { value = d; return true; }
        if (type == typeof(decimal) && decimal.TryParse(text, NumberStyles.Number, inv, out var m)) { value = m; return true; }
        if (type == typeof(TimeSpan) && TimeSpan.TryParse(text, inv, out var t)) { value = t; return true; }
        if (type.IsEnum)
        {
            var match = Enum.GetNames(type).FirstOrDefault(n => ToSnakeCase(n) == text || ToSnakeCase(n).Replace("_", "-") == text
                || string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
            if (match is null) return false;
            value = Enum.Parse(type, match);
            return true;
        }
        return false;
    }

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(string) => "a string",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(double) || type == typeof(decimal) => "a number",
        _ when type == typeof(TimeSpan) => "a duration such as 00:01:30",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type).Select(n => $"'{ToSnakeCase(n).Replace("_", "-")}'")),
        _ => type.Name,
    };
}
