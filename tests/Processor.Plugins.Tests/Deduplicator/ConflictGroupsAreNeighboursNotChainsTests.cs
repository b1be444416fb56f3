using Processor.Plugins.Deduplicator.Linking;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// The claims listed in one conflict are each linked to one claim of the group — its neighbours — never a chain of
/// links through which claims that were never compared end up side by side.
/// </summary>
public sealed class ConflictGroupsAreNeighboursNotChainsTests
{
    [Fact]
    public void AChainIsCutIntoNeighbourhoods() =>
        Assert.Equal([[1, 2, 3]], FigureLinks.Groups([(1, 2), (2, 3), (3, 4)]).ToList());

    [Fact]
    public void TheBestLinkedClaimGathersItsNeighboursFirstAndWhatIsLeftAloneIsNoGroup() =>
        Assert.Equal([[1, 2, 3, 4, 5]], FigureLinks.Groups([(1, 2), (2, 5), (2, 3), (2, 4), (5, 6), (4, 1)]).ToList());

    [Fact]
    public void TwoNeighbourhoodsAreTwoGroups() =>
        Assert.Equal([[1, 2, 3], [7, 8]], FigureLinks.Groups([(1, 2), (2, 3), (7, 8)]).ToList());

    [Fact]
    public void CountsOfOneSubjectLinkedPairwiseStayOneGroup() =>
        Assert.Equal([[1, 2, 3, 4]], FigureLinks.Groups([(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)]).ToList());
}
