using System.Net;
using System.Text.Json;
using Vigil.Collect.Http;

namespace Vigil.Collect.Vk;

/// <summary>
/// Reads VK API errors. VK answers errors with HTTP 200 and <c>{"error": {"error_code", "error_msg"}}</c>:
/// 5 (authorisation failed: the token), 6/9/29 (too many requests: at most 3 a second, and a daily cap
/// per method), 15/30 (access denied / private profile), 18 (deleted or banned), 100/113 (no such wall).
/// </summary>
public static class VkErrors
{
    public static ApiFailure? Classify(HttpStatusCode status, string body, VkTarget target)
    {
        var code = (int)status;
        var (error, message) = Read(body);
        var quoted = message is null ? "" : $" VK says: \"{Clip(message)}\"";
        if (error is { } e)
        {
            return e switch
            {
                5 => new(ApiFailureKind.Credential, $"VK refused the access token (error 5). Set VIGIL_VK_ACCESS_TOKEN to a valid token (the service token of a VK app is enough for public walls).{quoted}"),
                27 or 28 => new(ApiFailureKind.Credential, $"This VK token may not call wall.get (error {e}); use a service or user token.{quoted}"),
                6 or 9 => new(ApiFailureKind.RateLimited, $"VK is rate limiting Vigil (error {e}: too many requests a second); the watch resumes where it stopped on the next run.{quoted}"),
                29 => new(ApiFailureKind.RateLimited, $"The daily limit of wall.get calls for this VK token is reached (error 29); collection resumes tomorrow.{quoted}"),
                15 or 30 => new(ApiFailureKind.SourceUnavailable, $"The VK wall {target} is private or closed (error {e}); Vigil reads public walls only. Remove the watch.{quoted}"),
                18 or 19 => new(ApiFailureKind.SourceUnavailable, $"The VK wall {target} was deleted or banned (error {e}). Remove the watch.{quoted}"),
                100 or 113 => new(ApiFailureKind.SourceUnavailable, $"VK has no wall {target} (error {e}). Check the name in the watch.{quoted}"),
                >= 500 and < 600 or 1 or 10 => new(ApiFailureKind.Transient, $"VK failed to answer (error {e}); the watch is tried again on the next run.{quoted}"),
                _ => new(ApiFailureKind.Rejected, $"VK rejected the request for {target} (error {e}).{quoted}"),
            };
        }

        return code switch
        {
            >= 200 and < 300 => null,
            429 => new(ApiFailureKind.RateLimited, "VK is rate limiting Vigil (429); the watch resumes where it stopped on the next run."),
            404 => new(ApiFailureKind.SourceUnavailable, $"VK answered 404 for the wall {target}."),
            >= 500 => new(ApiFailureKind.Transient, $"VK failed to answer ({code}); the watch is tried again on the next run."),
            _ => new(ApiFailureKind.Rejected, $"VK rejected the request for {target} ({code})."),
        };
    }

    private static (int? Code, string? Message) Read(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            int? code = error.TryGetProperty("error_code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : -1;
            var message = error.TryGetProperty("error_msg", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string Clip(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
