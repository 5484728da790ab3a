using System.Net;
using Vigil.Collect.Http;
using Vigil.Collect.Vk;

namespace Vigil.Collect.Tests.Vk;

public sealed class VkErrorsTests
{
    private static readonly VkTarget Wall = new(10, null);

    [Theory]
    [InlineData("5-no-access-token.json", ApiFailureKind.Credential, "VIGIL_VK_ACCESS_TOKEN")]
    [InlineData("6-too-many-requests.json", ApiFailureKind.RateLimited, "error 6")]
    [InlineData("15-access-denied.json", ApiFailureKind.SourceUnavailable, "private or closed")]
    [InlineData("18-deleted.json", ApiFailureKind.SourceUnavailable, "deleted or banned")]
    [InlineData("100-invalid-parameter.json", ApiFailureKind.SourceUnavailable, "VK has no wall id10")]
    public void Classify_ErrorsAnsweredWith200(string file, ApiFailureKind kind, string says)
    {
        var failure = VkErrors.Classify(HttpStatusCode.OK, ErrorBodies.Read("vk", file), Wall)!;

        Assert.Equal(kind, failure.Kind);
        Assert.Contains(says, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_RealWallPage_IsNull() =>
        Assert.Null(VkErrors.Classify(HttpStatusCode.OK, File.ReadAllText(Vigil.Testing.TestPaths.Fixture("vk", "wall.get.extended.json")), Wall));

    [Fact]
    public void Classify_Http500_IsTransient() =>
        Assert.Equal(ApiFailureKind.Transient, VkErrors.Classify(HttpStatusCode.InternalServerError, "oops", Wall)!.Kind);
}
