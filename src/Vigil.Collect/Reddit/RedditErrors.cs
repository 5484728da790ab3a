using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Vigil.Collect.Http;

namespace Vigil.Collect.Reddit;

/// <summary>
/// Reads Reddit's error answers. A closed subreddit answers <c>403 {"reason": "private"}</c> (or
/// <c>quarantined</c>, <c>gated</c>), a banned one <c>404 {"reason": "banned"}</c>, an unknown one
/// <c>404 {"message": "Not Found", "error": 404}</c>; rate limiting is <c>429</c>, and generic
/// User-Agents are refused with <c>403</c>/<c>429</c>.
/// </summary>
public static class RedditErrors
{
    public static ApiFailure? Classify(HttpStatusCode status, string body, HttpResponseHeaders headers, RedditTarget target, DateTimeOffset now)
    {
        var code = (int)status;
        if (code is >= 200 and < 300)
        {
            return null;
        }

        var reason = Reason(body);
        var where = target.Subreddit is { } s ? $"r/{s}" : "Reddit search";
        return code switch
        {
            429 => new(ApiFailureKind.RateLimited,
                "Reddit is rate limiting Vigil (429); the watch resumes where it stopped when the window resets. Keep watch intervals at several minutes: Reddit allows about 10 requests a minute without OAuth.",
                RateWindow.RetryAfter(headers, now) ?? RateWindow.FromReddit(headers, now).ResetAt),
            403 when reason is "private" => new(ApiFailureKind.SourceUnavailable, $"{where} is private; Vigil reads public content only. Remove the watch."),
            403 when reason is "quarantined" or "gated" => new(ApiFailureKind.SourceUnavailable, $"{where} is {reason}: Reddit shows it only to signed-in accounts that opted in, so Vigil cannot read it."),
            404 when reason is "banned" => new(ApiFailureKind.SourceUnavailable, $"{where} was banned by Reddit and has no content any more. Remove the watch."),
            404 => new(ApiFailureKind.SourceUnavailable, $"{where} does not exist (404). Check the name in the watch."),
            401 or 403 => new(ApiFailureKind.Credential,
                $"Reddit refused the request ({code}). Reddit blocks clients it cannot identify: set VIGIL_COLLECT_CONTACT (a URL or e-mail, or /u/<your reddit user>) so Vigil's User-Agent names who runs it."),
            >= 500 => new(ApiFailureKind.Transient, $"Reddit failed to answer ({code}); the watch is tried again on the next run."),
            _ => new(ApiFailureKind.Rejected, $"Reddit rejected the request for {where} ({code})."),
        };
    }

    private static string? Reason(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String
                ? r.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
