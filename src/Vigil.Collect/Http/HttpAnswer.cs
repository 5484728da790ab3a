using System.Net;
using System.Net.Http.Headers;

namespace Vigil.Collect.Http;

/// <summary>
/// A platform's answer read whole: status, headers and body text, for connectors whose API explains its
/// errors in the body (and VK, which answers errors with 200). Immutable.
/// </summary>
public sealed record HttpAnswer(HttpStatusCode Status, HttpResponseHeaders Headers, string Body)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;
}
