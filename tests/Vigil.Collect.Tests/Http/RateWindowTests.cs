using Vigil.Collect.Http;
using Vigil.Testing;

namespace Vigil.Collect.Tests.Http;

public sealed class RateWindowTests
{
    [Fact]
    public void FromReddit_FractionalRemainingAndResetSeconds_Read()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-Ratelimit-Remaining", "0.0");
        response.Headers.Add("X-Ratelimit-Reset", "42");

        var window = RateWindow.FromReddit(response.Headers, Some.Instant);

        Assert.True(window.Exhausted);
        Assert.Equal(Some.Instant.AddSeconds(42), window.ResetAt);
    }

    [Fact]
    public void FromX_RecordedHeaders_Read()
    {
        // The values of the tweepy recording (x-twitter/vcr-v2-tweets-search-recent.yaml).
        using var response = new HttpResponseMessage();
        response.Headers.Add("x-rate-limit-limit", "450");
        response.Headers.Add("x-rate-limit-remaining", "449");
        response.Headers.Add("x-rate-limit-reset", "1665184962");

        var window = RateWindow.FromX(response.Headers);

        Assert.False(window.Exhausted);
        Assert.Equal(449, window.Remaining);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1665184962), window.ResetAt);
    }

    [Fact]
    public void FromX_NoHeadersOrGarbage_Unknown()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("x-rate-limit-remaining", "lots");

        var window = RateWindow.FromX(response.Headers);

        Assert.False(window.Exhausted);
        Assert.Null(window.Remaining);
        Assert.Null(window.ResetAt);
    }

    [Fact]
    public void RetryAfter_Seconds_IsNowPlusDelay()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("Retry-After", "7");

        Assert.Equal(Some.Instant.AddSeconds(7), RateWindow.RetryAfter(response.Headers, Some.Instant));
    }
}
