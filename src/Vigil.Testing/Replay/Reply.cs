using System.Text;

namespace Vigil.Testing.Replay;

/// <summary>
/// One canned HTTP response of a <see cref="ReplayServer"/>: status, headers, body and an optional delay
/// before the headers are sent (to play a slow server). Immutable.
/// </summary>
public sealed record Reply(int Status, byte[] Body, string ContentType, IReadOnlyDictionary<string, string> Headers, TimeSpan Delay = default)
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    /// <summary>200 with a body read from a file (e.g. <c>TestPaths.Fixture(...)</c>).</summary>
    public static Reply File(string path, string contentType) => new(200, System.IO.File.ReadAllBytes(path), contentType, NoHeaders);

    /// <summary>A text body, UTF-8.</summary>
    public static Reply Text(string body, string contentType = "text/plain; charset=utf-8", int status = 200) =>
        new(status, Encoding.UTF8.GetBytes(body), contentType, NoHeaders);

    public static Reply Html(string html) => Text(html, "text/html; charset=utf-8");

    public static Reply Json(string json) => Text(json, "application/json; charset=utf-8");

    public static Reply Xml(string xml) => Text(xml, "application/xml; charset=utf-8");

    /// <summary>An empty response with a status code, e.g. 404 or 500.</summary>
    public static Reply Empty(int status) => new(status, [], "text/plain", NoHeaders);

    /// <summary>429 Too Many Requests with <c>Retry-After: seconds</c>.</summary>
    public static Reply TooManyRequests(int retryAfterSeconds) =>
        Empty(429).WithHeader("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>302 Found to <paramref name="location"/>.</summary>
    public static Reply Redirect(string location) => Empty(302).WithHeader("Location", location);

    public Reply WithHeader(string name, string value) => this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };

    /// <summary>The same response after <paramref name="delay"/> (a slow server).</summary>
    public Reply After(TimeSpan delay) => this with { Delay = delay };
}

/// <summary>A request the replay server received: path with query, User-Agent, Authorization, every header, and when it arrived (server clock).</summary>
public sealed record ReceivedRequest(string PathAndQuery, string? UserAgent, string? Authorization, DateTimeOffset At)
{
    /// <summary>Every request header, by case-insensitive name.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>A request header's value, or null when the request had none.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
