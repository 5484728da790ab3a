namespace Vigil.Web.Security;

/// <summary>
/// Post text is written by adversaries. Besides encoding everything it renders, the app sends a strict
/// Content-Security-Policy (no inline script, no foreign origins, no plugins, no framing), so even a
/// rendering mistake cannot run a script or load a tracking pixel. Every response is also
/// <c>Cache-Control: no-store</c>: pages and API answers carry post text, pseudonyms and (for an officer)
/// clear identifiers, and each view is logged, so neither the browser (including its back/forward cache)
/// nor a proxy may keep a copy that outlives retention or is read again without a log entry. Only the public
/// stylesheet sets its own caching.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        await next();
    });
}
