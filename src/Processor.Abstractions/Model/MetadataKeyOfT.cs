namespace Processor.Abstractions;

/// <summary>A metadata key whose values are of type <typeparamref name="T"/> (see <see cref="MetadataKey"/> for ready-made kinds).</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class MetadataKey<T> : MetadataKey
{
    private readonly Func<T, string?> _write;
    private readonly Func<string, T> _read;

    /// <summary>Creates a key.</summary>
    /// <param name="name">The stored name.</param>
    /// <param name="description">What the value says.</param>
    /// <param name="absent">What <see cref="Document.Get{T}"/> returns when a document has no value.</param>
    /// <param name="write">The value as stored text; null when the value means "absent".</param>
    /// <param name="read">Stored text back to the value; must not throw on text it did not write (return <paramref name="absent"/>).</param>
    public MetadataKey(string name, string description, T absent, Func<T, string?> write, Func<string, T> read) : base(name, description)
    {
        Absent = absent;
        _write = write;
        _read = read;
    }

    /// <summary>The value of a document that has none.</summary>
    public T Absent { get; }

    /// <summary>The value as stored text, or null when it means "absent".</summary>
    public string? Write(T value) => _write(value);

    /// <summary>The value stored as <paramref name="text"/>.</summary>
    public T Read(string text) => _read(text);
}
