using System.Collections;
using System.Collections.Immutable;
using System.Reflection;

namespace Processor.Tests.Shared;

/// <summary>
/// Fills every public settable property of a model object that still holds its default (null, empty, false, 0) with a
/// distinctive value, by reflection, so a round-trip test covers fields added after it was written. A property of a
/// type it cannot make fails the test, naming the property: teach <see cref="Fill{T}"/>'s caller to make it.
/// </summary>
public static class ModelFiller
{
    /// <param name="model">A freshly built object (it is changed in place and returned).</param>
    /// <param name="make">Makes a value of a model type the filler does not know (spans, tags, nested records), or null.</param>
    public static T Fill<T>(T model, Func<Type, string, object?> make) where T : class
    {
        foreach (var property in SettableProperties(model.GetType()))
        {
            if (!IsDefault(property.GetValue(model))) continue;
            var value = ValueFor(property.PropertyType, property.Name, make)
                ?? throw new InvalidOperationException($"ModelFiller cannot make {model.GetType().Name}.{property.Name} ({property.PropertyType.Name}); add it to the test's factory");
            property.SetValue(model, value);
        }
        return model;
    }

    /// <summary>The public instance properties with a setter (init included): the fields a model carries.</summary>
    public static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal);

    private static object? ValueFor(Type type, string name, Func<Type, string, object?> make)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (make(underlying, name) is { } made) return made;
        if (underlying == typeof(string)) return $"{name}-value";
        if (underlying == typeof(bool)) return true;
        if (underlying == typeof(int)) return 3;
        if (underlying == typeof(long)) return 3L;
        if (underlying == typeof(double)) return 0.25;
        if (underlying == typeof(DateOnly)) return new DateOnly(2020, 2, 3);
        if (underlying == typeof(DateTimeOffset)) return new DateTimeOffset(2020, 2, 3, 4, 5, 6, TimeSpan.Zero);
        if (underlying == typeof(ImmutableSortedDictionary<string, string>))
            return ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add($"{name}-key", $"{name}-value");
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var element = underlying.GetGenericArguments()[0];
            var item = ValueFor(element, name, make);
            if (item is null) return null;
            var array = Array.CreateInstance(element, 1);
            array.SetValue(item, 0);
            return typeof(ImmutableArray).GetMethods().First(m => m.Name == "Create" && m.GetParameters() is [{ ParameterType.IsArray: true }])
                .MakeGenericMethod(element).Invoke(null, [array]);
        }
        return null;
    }

    private static bool IsDefault(object? value) => value switch
    {
        not null when value.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>) =>
            (bool)value.GetType().GetProperty(nameof(ImmutableArray<int>.IsDefaultOrEmpty))!.GetValue(value)!,
        null => true,
        string s => s.Length == 0,
        bool b => !b,
        int i => i == 0,
        long l => l == 0,
        double d => d == 0,
        ICollection c => c.Count == 0,
        _ => false,
    };
}
