namespace Vigil.Web.Hosting;

/// <summary>
/// The stylesheet ships inside the assembly and is served from memory, so the dashboard needs no CDN,
/// no wwwroot folder next to the binary, and works the same from `./vigil serve` and from tests.
/// </summary>
public static class Assets
{
    private static readonly Lazy<byte[]> Css = new(() =>
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream("Vigil.Web.Assets.vigil.css")
            ?? throw new InvalidOperationException("The stylesheet is missing from the Vigil.Web assembly (a build mistake).");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/vigil.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600"; // public and the same for everyone
            return Results.Bytes(Css.Value, "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
