using System.Net;
using System.Text.Json;
using Vigil.Collect.Http;

namespace Vigil.Collect.YouTube;

/// <summary>
/// Reads YouTube Data API errors: <c>{"error": {"code", "message", "errors": [{"domain", "reason"}]}}</c>.
/// The reason decides: <c>keyInvalid</c>/<c>accessNotConfigured</c> (the key), <c>quotaExceeded</c> (the
/// daily quota, reset at midnight Pacific time), <c>videoNotFound</c>/<c>channelNotFound</c>/
/// <c>commentsDisabled</c> (the watched source).
/// </summary>
public static class YouTubeErrors
{
    public static ApiFailure? Classify(HttpStatusCode status, string body, YouTubeTarget target)
    {
        var code = (int)status;
        if (code is >= 200 and < 300)
        {
            return null;
        }

        var (reason, message) = Read(body);
        var quoted = message is null ? "" : $" YouTube says: \"{Clip(message)}\"";
        return reason switch
        {
            "keyInvalid" or "badRequest" when reason == "keyInvalid" || message?.Contains("API key", StringComparison.OrdinalIgnoreCase) == true =>
                new(ApiFailureKind.Credential, $"The YouTube API key was refused. Set VIGIL_YOUTUBE_API_KEY to a valid key from the Google Cloud console.{quoted}"),
            "accessNotConfigured" or "forbidden" or "ipRefererBlocked" or "keyExpired" =>
                new(ApiFailureKind.Credential, $"The YouTube API key may not call the YouTube Data API v3 ({reason}): enable the API for the key's project and check its restrictions.{quoted}"),
            "quotaExceeded" or "dailyLimitExceeded" or "rateLimitExceeded" or "userRateLimitExceeded" =>
                new(ApiFailureKind.RateLimited, $"The YouTube API quota is spent ({reason}); it resets at midnight Pacific time. A search costs 100 of the 10,000 daily units: lengthen the watch intervals.{quoted}"),
            "videoNotFound" => new(ApiFailureKind.SourceUnavailable, $"The video {target.Value} does not exist or was removed. Remove the watch."),
            "channelNotFound" => new(ApiFailureKind.SourceUnavailable, $"The channel {target.Value} does not exist or was removed. Remove the watch."),
            "commentsDisabled" => new(ApiFailureKind.SourceUnavailable, $"Comments are turned off on the video {target.Value}; there is nothing to collect."),
            _ when code == 404 => new(ApiFailureKind.SourceUnavailable, $"YouTube has no {target} (404).{quoted}"),
            _ when code == 429 => new(ApiFailureKind.RateLimited, $"YouTube is rate limiting Vigil (429).{quoted}"),
            _ when code is 401 or 403 => new(ApiFailureKind.Credential, $"YouTube refused the request ({code}{(reason is null ? "" : $", {reason}")}): check VIGIL_YOUTUBE_API_KEY.{quoted}"),
            _ when code >= 500 => new(ApiFailureKind.Transient, $"YouTube failed to answer ({code}); the watch is tried again on the next run."),
            _ => new(ApiFailureKind.Rejected, $"YouTube rejected the request for {target} ({code}{(reason is null ? "" : $", {reason}")}).{quoted}"),
        };
    }

    private static (string? Reason, string? Message) Read(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            var reason = error.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? errors.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null).FirstOrDefault(r => r is not null)
                : null;
            return (reason, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string Clip(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
