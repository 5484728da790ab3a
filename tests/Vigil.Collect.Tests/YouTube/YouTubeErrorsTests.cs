using Vigil.Collect.Http;
using Vigil.Collect.YouTube;

namespace Vigil.Collect.Tests.YouTube;

public sealed class YouTubeErrorsTests
{
    private static readonly YouTubeTarget Video = new(YouTubeTargetKind.Comments, "F1UP7wRCPH8");

    [Theory]
    [InlineData("400-key-invalid.json", ApiFailureKind.Credential, "VIGIL_YOUTUBE_API_KEY")]
    [InlineData("403-missing-key.json", ApiFailureKind.Credential, "enable the API")]
    [InlineData("403-quota-exceeded.json", ApiFailureKind.RateLimited, "midnight Pacific")]
    [InlineData("403-comments-disabled.json", ApiFailureKind.SourceUnavailable, "Comments are turned off on the video F1UP7wRCPH8")]
    [InlineData("404-video-not-found.json", ApiFailureKind.SourceUnavailable, "The video F1UP7wRCPH8 does not exist")]
    public void Classify_RecordedErrorBodies(string file, ApiFailureKind kind, string says)
    {
        var failure = YouTubeErrors.Classify(ErrorBodies.Status(file), ErrorBodies.Read("youtube", file), Video)!;

        Assert.Equal(kind, failure.Kind);
        Assert.Contains(says, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_ServerErrorWithHtml_IsTransient() =>
        Assert.Equal(ApiFailureKind.Transient, YouTubeErrors.Classify(System.Net.HttpStatusCode.BadGateway, "<html>", Video)!.Kind);

    [Fact]
    public void Classify_Success_IsNull() => Assert.Null(YouTubeErrors.Classify(System.Net.HttpStatusCode.OK, "{}", Video));
}
