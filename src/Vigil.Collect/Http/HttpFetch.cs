using System.Net;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Vigil.Collect.Http;

/// <summary>
/// GETs a page for a connector and turns every expected HTTP failure into a <see cref="SourceFailedException"/>
/// with a sentence a person can act on (gone, private, rate limited, unreachable, too slow, refused by the
/// SSRF guard). Messages name the watch, never the URL (which may carry an API key).
/// </summary>
public static class HttpFetch
{
    /// <summary>Pages larger than this are refused rather than read into memory.</summary>
    public const long MaxPageBytes = 16 * 1024 * 1024;

    /// <summary>Fetches <paramref name="url"/> and returns its body as text.</summary>
    /// <param name="what">The watch, e.g. <c>telegram:some_channel</c>, for messages.</param>
    /// <param name="configure">Adds headers to the request (e.g. an Authorization header).</param>
    public static async Task<string> GetStringAsync(HttpClient http, Uri url, string what, CancellationToken cancellationToken, Action<HttpRequestMessage>? configure = null) =>
        (await FetchAsync(http, url, what, configure, checkStatus: true, cancellationToken).ConfigureAwait(false)).Body;

    /// <summary>
    /// Fetches <paramref name="url"/> and returns the answer whatever its status, for APIs that explain
    /// their errors in the body (the connector reads them); network failures, timeouts, the circuit
    /// breaker and the SSRF guard still end in a <see cref="SourceFailedException"/>.
    /// </summary>
    public static Task<HttpAnswer> SendAsync(HttpClient http, Uri url, string what, CancellationToken cancellationToken, Action<HttpRequestMessage>? configure = null) =>
        FetchAsync(http, url, what, configure, checkStatus: false, cancellationToken);

    private static async Task<HttpAnswer> FetchAsync(HttpClient http, Uri url, string what, Action<HttpRequestMessage>? configure, bool checkStatus, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            configure?.Invoke(request);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (checkStatus)
            {
                Check(response, what);
            }

            if (response.Content.Headers.ContentLength > MaxPageBytes)
            {
                throw new SourceFailedException($"{what}: the page is larger than {MaxPageBytes / 1024 / 1024} MB; it was not read.");
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new HttpAnswer(response.StatusCode, response.Headers, body);
        }
        catch (HttpRequestException e) when (e.InnerException is SsrfRefusedException refused)
        {
            throw new SourceFailedException($"{what}: {refused.Message}", e);
        }
        catch (HttpRequestException e)
        {
            throw new SourceFailedException($"{what}: the platform could not be reached ({e.Message}). It will be tried again on the next run.", e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new SourceFailedException($"{what}: the platform did not answer in time ({e.Timeout.TotalSeconds:0.#} s). It will be tried again on the next run.", e);
        }
        catch (BrokenCircuitException e)
        {
            throw new SourceFailedException($"{what}: the platform failed repeatedly, so Vigil pauses requests to it for a while. It will be tried again later.", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SourceFailedException($"{what}: the request was cut off before the platform answered. It will be tried again on the next run.", e);
        }
    }

    private static void Check(HttpResponseMessage response, string what)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var code = (int)response.StatusCode;
        throw response.StatusCode switch
        {
            HttpStatusCode.NotFound or HttpStatusCode.Gone => new SourceFailedException(
                $"{what} does not exist (HTTP {code}): it was deleted, renamed or made private. Check the name, or remove the watch with 'vigil watch remove {what}'."),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new SourceFailedException(
                $"{what}: the platform refused access (HTTP {code}). The source may be private (out of scope for Vigil) or the connector's credentials are missing or wrong."),
            HttpStatusCode.TooManyRequests => new SourceFailedException(
                $"{what}: the platform is rate limiting Vigil (HTTP 429{(response.Headers.RetryAfter is { } ra ? $", retry after {Describe(ra)}" : "")}). It will be tried again on the next run; lower the watch frequency if this repeats."),
            _ => new SourceFailedException(
                $"{what}: the platform answered HTTP {code} {response.ReasonPhrase} even after retries. It will be tried again on the next run."),
        };
    }

    private static string Describe(System.Net.Http.Headers.RetryConditionHeaderValue value) =>
        value.Delta is { } d ? $"{d.TotalSeconds:0} s" : value.Date?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "a while";
}
