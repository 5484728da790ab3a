using System.Globalization;
using System.Net.Http.Headers;

namespace Vigil.Collect.Http;

/// <summary>
/// What a platform's rate-limit headers say about the current window: requests left and when the window
/// resets. Unknown values are null (VK and YouTube send none; YouTube counts a daily quota instead).
/// </summary>
public readonly record struct RateWindow(double? Remaining, DateTimeOffset? ResetAt)
{
    /// <summary>True when the window has no request left, so a run should stop paging until it resets.</summary>
    public bool Exhausted => Remaining is < 1;

    /// <summary>Reddit: <c>X-Ratelimit-Remaining</c> (may be fractional) and <c>X-Ratelimit-Reset</c> in seconds from now.</summary>
    public static RateWindow FromReddit(HttpResponseHeaders headers, DateTimeOffset now) => new(
        Number(headers, "X-Ratelimit-Remaining"),
        Number(headers, "X-Ratelimit-Reset") is { } s ? now.AddSeconds(s) : null);

    /// <summary>X API v2: <c>x-rate-limit-remaining</c> and <c>x-rate-limit-reset</c> as Unix seconds.</summary>
    public static RateWindow FromX(HttpResponseHeaders headers) => new(
        Number(headers, "x-rate-limit-remaining"),
        Number(headers, "x-rate-limit-reset") is { } epoch and > 0 and < 1e11 ? DateTimeOffset.FromUnixTimeSeconds((long)epoch) : null);

    /// <summary>The standard <c>Retry-After</c> header (seconds or an HTTP date) as an instant; null when absent.</summary>
    public static DateTimeOffset? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now) => headers.RetryAfter switch
    {
        { Delta: { } delta } => now + delta,
        { Date: { } date } => date,
        _ => null,
    };

    private static double? Number(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
        && double.IsFinite(n) && n >= 0 ? n : null;
}
