using PublicApiGenerator;
using Processor.Abstractions;

namespace Processor.Abstractions.Tests;

/// <summary>
/// The SDK's public API is locked by src/Processor.Abstractions/PublicAPI.approved.txt. A change fails this
/// test and writes PublicAPI.received.txt beside it: review the difference, bump the SDK version as
/// SemVer requires (docs/versioning.md), then copy the received file over the approved one.
/// </summary>
public sealed class PublicApiIsApprovedTests
{
    [Fact]
    public void ThePublicApiMatchesTheApprovedFile()
    {
        var folder = Path.Combine(Processor.Tests.Shared.RepoRoot.Path, "src", "Processor.Abstractions");
        var approvedPath = Path.Combine(folder, "PublicAPI.approved.txt");
        var receivedPath = Path.Combine(folder, "PublicAPI.received.txt");
        var actual = typeof(IProcessorPlugin).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] })
            .ReplaceLineEndings("\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The SDK's public API changed. Review {receivedPath} against {approvedPath}, then replace the approved file.");
        }
        if (File.Exists(receivedPath)) File.Delete(receivedPath);
    }

    [Fact]
    public void TheSdkVersionIsTheAssemblyVersion() => Assert.Equal(1, ProcessorSdk.Version.Major);

}
