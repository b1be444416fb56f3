using System.Security.Cryptography;
using System.Text;
using Processor.Abstractions;

namespace Processor.Testing;

/// <summary>Builds <see cref="SourceText"/>s from strings or bytes, as the host would from files.</summary>
public static class TestSource
{
    /// <summary>A source whose bytes are the UTF-8 encoding of <paramref name="text"/>.</summary>
    public static SourceText From(string text, string path = "test.txt") => FromBytes(Encoding.UTF8.GetBytes(text), path);

    /// <summary>A source with exactly these bytes.</summary>
    public static SourceText FromBytes(byte[] bytes, string path = "test.txt")
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..10];
        var file = new SourceFile(id, path, Path.GetFullPath(path), Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length);
        return new SourceText(file, bytes);
    }
}
