namespace Processor.Abstractions.Tests;

/// <summary>
/// SDK 2: a document's metadata are named values stored as text and read typed; any plugin can define a key, a value
/// that means "absent" removes the key, and stored text a key cannot read gives its absent value, never an exception.
/// </summary>
public sealed class DocumentMetadataIsNamedTypedTextTests
{
    private static readonly Document Empty = new("f1-01", "f1", new SourceSpan("f1", 0, 10, 1, 1));

    [Fact]
    public void ADocumentWithoutAValueGivesTheKeysAbsentValue()
    {
        Assert.Null(Empty.Get(DocumentMetadata.Published));
        Assert.True(Empty.Get(DocumentMetadata.Authors) is { IsDefault: false, IsEmpty: true });
        Assert.Null(Empty.Get(DocumentMetadata.Publisher));
        Assert.Empty(Empty.Metadata);
    }

    [Fact]
    public void ValuesAreStoredAsTextUnderTheKeysNameAndReadBackTyped()
    {
        var document = Empty
            .With(DocumentMetadata.Published, new DateOnly(2019, 11, 16))
            .With(DocumentMetadata.Authors, ["Eldar Mamedov", "Ana Kovač"])
            .With(DocumentMetadata.Publisher, "Middle East Eye");

        Assert.Equal("2019-11-16", document.Metadata["published"]);
        Assert.Equal("Eldar Mamedov\nAna Kovač", document.Metadata["authors"]);
        Assert.Equal(new DateOnly(2019, 11, 16), document.Get(DocumentMetadata.Published));
        Assert.Equal(["Eldar Mamedov", "Ana Kovač"], document.Get(DocumentMetadata.Authors).ToArray());
        Assert.Equal("Middle East Eye", document.Get(DocumentMetadata.Publisher));
        Assert.Equal(["authors", "published", "publisher"], document.Metadata.Keys.ToArray());   // ordinal order
    }

    [Fact]
    public void AValueThatMeansAbsentRemovesTheKeyAndAnUnchangedValueKeepsTheInstance()
    {
        var dated = Empty.With(DocumentMetadata.Published, new DateOnly(2020, 1, 2));
        Assert.Same(dated, dated.With(DocumentMetadata.Published, new DateOnly(2020, 1, 2)));
        Assert.Empty(dated.With(DocumentMetadata.Published, null).Metadata);
        Assert.Empty(Empty.With(DocumentMetadata.Authors, []).Metadata);
        Assert.Empty(Empty.With(DocumentMetadata.Site, "  ").Metadata);
        Assert.Same(Empty, Empty.With(DocumentMetadata.Language, null));
    }

    [Fact]
    public void APluginsOwnKeyNeedsNoSdkChange()
    {
        var region = MetadataKey.Text("acme.region", "the region the article covers");
        var seen = MetadataKey.Date("acme.seen", "when the crawler saw the page");
        var document = Empty.With(region, "Balkans").With(seen, new DateOnly(2026, 11, 26));

        Assert.Equal("Balkans", document.Get(region));
        Assert.Equal(new DateOnly(2026, 11, 26), document.Get(seen));
        Assert.Null(document.Get(DocumentMetadata.Published));
    }

    [Fact]
    public void StoredTextAKeyCannotReadGivesItsAbsentValue()
    {
        var document = Empty with { Metadata = Empty.Metadata.Add("published", "last Tuesday") };
        Assert.Null(document.Get(DocumentMetadata.Published));
    }

    [Fact]
    public void AListItemWithALineBreakStaysOneItem()
    {
        var document = Empty.With(DocumentMetadata.Authors, ["Jane\r\nDoe", "John\nRoe"]);
        Assert.Equal(["Jane Doe", "John Roe"], document.Get(DocumentMetadata.Authors).ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("quote\"d")]
    public void AKeyNameIsLettersDigitsDotsDashesAndUnderscores(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => MetadataKey.Text(name, "bad"));
}
