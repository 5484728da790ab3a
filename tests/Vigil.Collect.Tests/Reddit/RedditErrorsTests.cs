using System.Net;
using Vigil.Collect.Http;
using Vigil.Collect.Reddit;
using Vigil.Testing;

namespace Vigil.Collect.Tests.Reddit;

public sealed class RedditErrorsTests
{
    private static readonly RedditTarget Europe = new("europe", null);

    private static ApiFailure? Classify(string file, Action<HttpResponseMessage>? headers = null)
    {
        using var response = ErrorBodies.Response("reddit", file);
        headers?.Invoke(response);
        return RedditErrors.Classify(response.StatusCode, ErrorBodies.Read("reddit", file), response.Headers, Europe, Some.Instant);
    }

    [Theory]
    [InlineData("403-private.json", "r/europe is private")]
    [InlineData("403-quarantined.json", "r/europe is quarantined")]
    [InlineData("404-banned.json", "r/europe was banned")]
    [InlineData("404-not-found.json", "r/europe does not exist")]
    public void Classify_ClosedOrMissingSubreddit_IsSourceUnavailable(string file, string says)
    {
        var failure = Classify(file)!;

        Assert.Equal(ApiFailureKind.SourceUnavailable, failure.Kind);
        Assert.Contains(says, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_429_RateLimitedUntilTheHeaderReset()
    {
        var failure = Classify("429-too-many-requests.json", r => r.Headers.Add("X-Ratelimit-Reset", "120"))!;

        Assert.Equal(ApiFailureKind.RateLimited, failure.Kind);
        Assert.Equal(Some.Instant.AddSeconds(120), failure.RetryAt);
    }

    [Fact]
    public void Classify_Plain403_PointsAtTheUserAgent()
    {
        var failure = RedditErrors.Classify(HttpStatusCode.Forbidden, "<html>blocked</html>", new HttpResponseMessage().Headers, Europe, Some.Instant)!;

        Assert.Equal(ApiFailureKind.Credential, failure.Kind);
        Assert.Contains("VIGIL_COLLECT_CONTACT", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_Success_IsNull() =>
        Assert.Null(RedditErrors.Classify(HttpStatusCode.OK, "{}", new HttpResponseMessage().Headers, Europe, Some.Instant));
}
