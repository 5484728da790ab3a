using Vigil.Web.Api;
using Vigil.Web.Security;

namespace Vigil.Web.Hosting;

/// <summary>
/// Builds the analyst web app (dashboard pages and REST API) over one store. The composition is two
/// halves, <see cref="VigilWebServices.AddVigilWebAsync"/> and <see cref="UseVigilWeb"/>, so that the
/// tests' <c>WebApplicationFactory</c> hosts exactly what `vigil serve` hosts.
/// </summary>
public static class VigilWebApp
{
    public static async Task<WebApplication> BuildAsync(VigilWebOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = ApplicationName });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        await builder.Services.AddVigilWebAsync(options, clock, cancellationToken);
        var app = builder.Build();
        app.UseVigilWeb();
        return app;
    }

    /// <summary>The assembly whose Razor pages the app serves.</summary>
    public static string ApplicationName { get; } = typeof(VigilWebApp).Assembly.GetName().Name!;

    /// <summary>The request pipeline: errors as ProblemDetails, security headers, auth, rate limits, antiforgery, endpoints.</summary>
    public static IApplicationBuilder UseVigilWeb(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
            endpoints.MapAssets();
            endpoints.MapRazorPages();
            endpoints.MapVigilApi();
        });
        return app;
    }
}
