using Processor.Abstractions;

namespace Processor.Core.Pipeline;

/// <summary>Tags are equal when kind, value, span and every attribute are (records compare attribute maps by reference).</summary>
internal sealed class TagValueComparer : IEqualityComparer<Tag>
{
    public static TagValueComparer Instance { get; } = new();

    public bool Equals(Tag? x, Tag? y) => ReferenceEquals(x, y) ||
        x is not null && y is not null && x.Kind == y.Kind && x.Value == y.Value && x.Span == y.Span
        && x.HasSameAttributes(y);

    /// <summary>Every attribute counts: tags of one kind and value that differ only in attributes are common (figures).</summary>
    public int GetHashCode(Tag tag)
    {
        var hash = new HashCode();
        hash.Add(tag.Kind);
        hash.Add(tag.Value);
        hash.Add(tag.Span);
        foreach (var (key, value) in tag.Attributes)
        {
            hash.Add(key);
            hash.Add(value);
        }
        return hash.ToHashCode();
    }
}
