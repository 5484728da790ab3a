using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.RateLimiting;
using Vigil.Analysis;
using Vigil.Core.Analysis;
using Vigil.Storage.Audit;
using Vigil.Web.Accounts;
using Vigil.Web.Api;
using Vigil.Web.Security;

namespace Vigil.Web.Hosting;

/// <summary>The services of the web app: stores, accounts, access log, analyzer, authentication, roles, limits.</summary>
public static class VigilWebServices
{
    private const string Smart = "cookie-or-token";

    public static async Task AddVigilWebAsync(this IServiceCollection services, VigilWebOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        services.AddSingleton(clock);
        services.AddSingleton(options);
        services.AddSingleton(options.Limits);
        services.AddSingleton(await UserDirectory.OpenAsync(options.SecurityPath, clock, cancellationToken));
        services.AddSingleton(await AccessLog.OpenAsync(options.SecurityPath, clock, cancellationToken));
        await services.AddVigilDataAsync(options, clock, cancellationToken);
        services.AddScheduledPurge(options);

        // The same analyzer composition as `vigil analyze`, loaded once (the model is read on first use).
        services.AddSingleton<IPostAnalyzer>(_ => AnalyzerComposition.Create());

        // One default scheme that picks the bearer-token handler when a request carries a token and the
        // cookie otherwise: pages redirect to the login page, the API answers ProblemDetails.
        services.AddAuthentication(Smart)
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

        services.AddAuthorization(o =>
        {
            o.AddPolicy(Roles.Policies.Content, p => p.RequireRole(Roles.Analyst, Roles.OperationOfficer));
            o.AddPolicy(Roles.Policies.AccessLog, p => p.RequireRole(Roles.Dpo));
            o.AddPolicy(Roles.Policies.Users, p => p.RequireRole(Roles.Admin));
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        // Analysis costs CPU: each account gets a budget of analyze requests per minute (a sliding window,
        // so a burst is not forgiven at a window edge). Over budget: 429 ProblemDetails with Retry-After.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AnalyzeEndpoint.RateLimitPolicy, ctx => RateLimitPartition.GetSlidingWindowLimiter(
                Principals.NameOf(ctx.User),
                _ => new SlidingWindowRateLimiterOptions { PermitLimit = options.Limits.AnalyzeRequestsPerMinute, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0 }));
            o.OnRejected = (ctx, ct) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many analyze requests.",
                    detail: $"Each account may send {options.Limits.AnalyzeRequestsPerMinute} analyze requests a minute; wait a minute, or send more posts per request (up to {options.Limits.MaxAnalyzePosts}).")
                    .ExecuteAsync(ctx.HttpContext));
            };
        });

        // The pages live in this assembly, whatever the host's application name (a test host names its own).
        services.AddRazorPages().ConfigureApplicationPartManager(parts =>
        {
            if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == typeof(VigilWebApp).Assembly))
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(typeof(VigilWebApp).Assembly).GetApplicationParts(typeof(VigilWebApp).Assembly))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        });
        services.AddProblemDetails();
        services.AddOpenApi("v1");
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
