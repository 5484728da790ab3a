using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Vigil.Storage.Audit;
using Vigil.Web.Accounts;
using Vigil.Web.Api;
using Vigil.Web.Security;

namespace Vigil.Web.Hosting;

/// <summary>Builds the analyst web app (dashboard pages and REST API) over one store.</summary>
public static class VigilWebApp
{
    private const string Smart = "cookie-or-token";

    public static async Task<WebApplication> BuildAsync(VigilWebOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(VigilWebApp).Assembly.GetName().Name });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(await UserDirectory.OpenAsync(options.SecurityPath, clock, cancellationToken));
        builder.Services.AddSingleton(await AccessLog.OpenAsync(options.SecurityPath, clock, cancellationToken));
        await builder.Services.AddVigilDataAsync(options, clock, cancellationToken);

        // One default scheme that picks the bearer-token handler when a request carries a token and the
        // cookie otherwise: pages redirect to the login page, the API answers ProblemDetails.
        builder.Services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, Smart, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/denied";
                o.Cookie.Name = "vigil";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);

        builder.Services.AddAuthorization(o =>
        {
            o.AddPolicy(Roles.Policies.Content, p => p.RequireRole(Roles.Analyst, Roles.OperationOfficer));
            o.AddPolicy(Roles.Policies.AccessLog, p => p.RequireRole(Roles.Dpo));
            o.AddPolicy(Roles.Policies.Users, p => p.RequireRole(Roles.Admin));
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        builder.Services.AddRazorPages();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1");

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapAssets();
        app.MapRazorPages();
        app.MapVigilApi();
        return app;
    }

    // The API answers 401/403 as ProblemDetails; pages redirect to the login page.
    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Results.Problem(statusCode: status, title: status == 401 ? "Sign in or send an API token (Authorization: Bearer …)." : "Your role does not allow this.")
                .ExecuteAsync(context.HttpContext);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
