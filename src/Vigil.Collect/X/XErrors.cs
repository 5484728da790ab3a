using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Vigil.Collect.Http;

namespace Vigil.Collect.X;

/// <summary>
/// Reads X API v2 errors, which are problem objects (<c>{"title", "detail", "type", "status"}</c>):
/// <c>401</c> a wrong token, <c>403</c> a token whose plan may not search
/// (<c>client-not-enrolled</c>), <c>429</c> either the 15-minute window (<c>x-rate-limit-reset</c> says
/// when it resets) or, with type <c>usage-capped</c>, the monthly cap, <c>400</c> a bad query.
/// </summary>
public static class XErrors
{
    public static ApiFailure? Classify(HttpStatusCode status, string body, HttpResponseHeaders headers, DateTimeOffset now)
    {
        var code = (int)status;
        if (code is >= 200 and < 300)
        {
            return null;
        }

        var (title, detail, type) = Read(body);
        var said = detail ?? title;
        var quoted = said is null ? "" : $" X says: \"{Clip(said)}\"";
        return code switch
        {
            429 when type?.EndsWith("/usage-capped", StringComparison.Ordinal) == true || title == "UsageCapExceeded" =>
                new(ApiFailureKind.RateLimited, $"The X API usage cap of this token's plan is spent; collection resumes when the plan's period renews.{quoted}"),
            429 => new(ApiFailureKind.RateLimited, "X is rate limiting Vigil (429: the 15-minute request window is used up); the watch resumes where it stopped after the reset.",
                RateWindow.RetryAfter(headers, now) ?? RateWindow.FromX(headers).ResetAt),
            401 => new(ApiFailureKind.Credential, $"X refused the bearer token (401). Set VIGIL_X_BEARER_TOKEN to the app's bearer token from the X developer portal.{quoted}"),
            403 => new(ApiFailureKind.Credential, $"The X bearer token may not use recent search (403): the app must belong to a project with a plan that includes it.{quoted}"),
            400 => new(ApiFailureKind.Rejected, $"X rejected the search query (400); fix the watch's query.{quoted}"),
            >= 500 => new(ApiFailureKind.Transient, $"X failed to answer ({code}); the watch is tried again on the next run."),
            _ => new(ApiFailureKind.Rejected, $"X rejected the request ({code}).{quoted}"),
        };
    }

    /// <summary>
    /// True when X refused <c>since_id</c> because it is older than the 7 days recent search covers (a
    /// watch that has not run for a week): the pass is then started again without it.
    /// </summary>
    public static bool IsStaleSinceId(HttpStatusCode status, string body) =>
        status == HttpStatusCode.BadRequest && Read(body).Detail is { } d && d.Contains("since_id", StringComparison.OrdinalIgnoreCase);

    private static (string? Title, string? Detail, string? Type) Read(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null);
            }

            string? S(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var detail = S("detail");
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                && errors.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
                && first.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String)
            {
                detail = m.GetString();
            }

            return (S("title"), detail, S("type"));
        }
        catch (JsonException)
        {
            return (null, null, null);
        }
    }

    private static string Clip(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
