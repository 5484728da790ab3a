using Vigil.Collect.Http;
using Vigil.Collect.X;
using Vigil.Testing;

namespace Vigil.Collect.Tests.X;

public sealed class XErrorsTests
{
    [Theory]
    [InlineData("401-unauthorized.json", ApiFailureKind.Credential, "VIGIL_X_BEARER_TOKEN")]
    [InlineData("403-client-not-enrolled.json", ApiFailureKind.Credential, "attached to a Project")]
    [InlineData("429-usage-capped.json", ApiFailureKind.RateLimited, "usage cap")]
    [InlineData("400-invalid-query.json", ApiFailureKind.Rejected, "Unmatched parenthesis")]
    public void Classify_RecordedErrorBodies(string file, ApiFailureKind kind, string says)
    {
        using var response = ErrorBodies.Response("x-twitter", file);

        var failure = XErrors.Classify(response.StatusCode, ErrorBodies.Read("x-twitter", file), response.Headers, Some.Instant)!;

        Assert.Equal(kind, failure.Kind);
        Assert.Contains(says, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_WindowRateLimit_RetryAtIsTheHeaderReset()
    {
        using var response = ErrorBodies.Response("x-twitter", "429-too-many-requests.json");
        response.Headers.Add("x-rate-limit-remaining", "0");
        response.Headers.Add("x-rate-limit-reset", "1665184962");

        var failure = XErrors.Classify(response.StatusCode, ErrorBodies.Read("x-twitter", "429-too-many-requests.json"), response.Headers, Some.Instant)!;

        Assert.Equal(ApiFailureKind.RateLimited, failure.Kind);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1665184962), failure.RetryAt);
    }

    [Fact]
    public void IsStaleSinceId_OnlyForTheSinceIdRefusal()
    {
        Assert.True(XErrors.IsStaleSinceId(ErrorBodies.Status("400-stale-since-id.json"), ErrorBodies.Read("x-twitter", "400-stale-since-id.json")));
        Assert.False(XErrors.IsStaleSinceId(ErrorBodies.Status("400-invalid-query.json"), ErrorBodies.Read("x-twitter", "400-invalid-query.json")));
    }
}
