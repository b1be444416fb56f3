using Processor.Abstractions;
using Processor.Plugins.Tests.Support;

namespace Processor.Plugins.Tests.Tagger;

public sealed class DocumentMetadataTests
{
    [Fact]
    public void APostDateLineIsThePublicationDateButADateInTheStoryIsNot()
    {
        var (_, documents) = Chain.SplitAndTag("""
            A headline about a rally in Paris

            On June 30, 2018 thousands gathered in Villepinte near Paris for the annual rally of the group.
            The organisers claimed that far more people had come than the police counted that day.
            November 16, 2019 0 comments
            """);
        Assert.Equal(new DateOnly(2019, 11, 16), documents.Single().Get(DocumentMetadata.Published));

        var (_, undated) = Chain.SplitAndTag("""
            A headline about a rally in Paris

            The organisers said that the rally held much earlier in the year was a great success for them.
            On June 30, 2018 thousands gathered in Villepinte near Paris for the annual rally of the group.
            """);
        Assert.Null(undated.Single().Get(DocumentMetadata.Published));
    }

    [Fact]
    public void BylinesGiveAuthorsButSentenceSubjectsDoNot()
    {
        var (_, documents) = Chain.SplitAndTag("""
            By Eldar Mamedov

            By the end of the year the group had moved all of its members to Albania and closed the camp.
            Maryam Rajavi told supporters that the group would return to Iran within a few years time.
            """);
        Assert.Equal(["Eldar Mamedov"], documents.Single().Get(DocumentMetadata.Authors).ToArray());
    }

    [Fact]
    public void AnAgencyBylineGivesTwoAuthorsAndThePublisher()
    {
        var (_, documents) = Chain.SplitAndTag("""
            A headline about the camp in Albania

            The camp in Albania is built on a gentle slope and surrounded by a high wall with cameras.
            The group refused to be interviewed for this article when the reporters asked them.
            Linda Pressly and Albana Kasapi, BBC News
            November 12, 2019 0 comments
            """);
        var doc = documents.Single();
        Assert.Equal(["Linda Pressly", "Albana Kasapi"], doc.Get(DocumentMetadata.Authors).ToArray());
        Assert.Equal("BBC News", doc.Get(DocumentMetadata.Publisher));
    }

    [Fact]
    public void ADomainInTheBylineIsThePublisher()
    {
        var (_, documents) = Chain.SplitAndTag("""
            Iranian opposition group has few friends after a police raid

            The group has seen its rallies banned and headquarters raided by police in the last week.
            Middle East Eye contacted the US State Department for comment but got no response.
            By Alex MacDonald – middleeasteye.net
            """);
        Assert.Equal("middleeasteye.net", documents.Single().Get(DocumentMetadata.Publisher));
        Assert.Equal(["Alex MacDonald"], documents.Single().Get(DocumentMetadata.Authors).ToArray());
    }

    [Fact]
    public void ANewswireHeadlineInCapitalsEndingInWhoSaysItIsNoByline()
    {
        var (_, documents) = Chain.SplitAndTag("""
            H.K. BANKS TO RAISE PRIME RATES SOON, DEALERS SAY

            HONG KONG, March 20 - Hong Kong banks are expected to raise their prime rates soon, dealers said.
            They said the increase would probably be half a percentage point, in line with rates elsewhere.
            """);
        Assert.Null(documents.Single().Get(DocumentMetadata.Publisher));
        Assert.Empty(documents.Single().Get(DocumentMetadata.Authors));
    }
}
