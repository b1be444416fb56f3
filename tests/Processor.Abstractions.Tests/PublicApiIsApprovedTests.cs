using System.Reflection;
using System.Xml.Linq;
using PublicApiGenerator;
using Processor.Testing;

namespace Processor.Abstractions.Tests;

/// <summary>
/// The public API of each package a plugin author builds against — the SDK and the test kit — is locked by the
/// PublicAPI.approved.txt beside its project. A change fails this test and writes PublicAPI.received.txt beside it:
/// review the difference, bump the SDK version as SemVer requires (docs/versioning.md), then copy the received file
/// over the approved one.
/// </summary>
public sealed class PublicApiIsApprovedTests
{
    public static TheoryData<string> Packages => ["Processor.Abstractions", "Processor.Testing"];

    private static readonly Dictionary<string, Assembly> Assemblies = new()
    {
        ["Processor.Abstractions"] = typeof(IProcessorPlugin).Assembly,
        ["Processor.Testing"] = typeof(SpanAssert).Assembly,
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void ThePublicApiMatchesTheApprovedFile(string package)
    {
        var folder = Path.Combine(Processor.Tests.Shared.RepoRoot.Path, "src", package);
        var approvedPath = Path.Combine(folder, "PublicAPI.approved.txt");
        var receivedPath = Path.Combine(folder, "PublicAPI.received.txt");
        var actual = Assemblies[package].GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] })
            .ReplaceLineEndings("\n");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The public API of {package} changed. Review {receivedPath} against {approvedPath}, then replace the approved file.");
        }
        if (File.Exists(receivedPath)) File.Delete(receivedPath);
    }

    /// <summary>The version plugins are checked against is the one the build declares (major, minor and patch), for both packages.</summary>
    [Theory]
    [MemberData(nameof(Packages))]
    public void ThePackageVersionIsTheDeclaredSdkVersion(string package)
    {
        var props = XDocument.Load(Path.Combine(Processor.Tests.Shared.RepoRoot.Path, "Directory.Build.props"));
        var declared = Version.Parse(props.Descendants("ProcessorSdkVersion").Single().Value);
        var informational = Assemblies[package].GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Assert.Equal(declared, Version.Parse(informational));
        if (package == "Processor.Abstractions")
            Assert.Equal(declared, new Version(ProcessorSdk.Version.Major, ProcessorSdk.Version.Minor, ProcessorSdk.Version.Build));
    }
}
