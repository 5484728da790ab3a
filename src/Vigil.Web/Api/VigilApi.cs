using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Audit;
using Vigil.Storage.Search;
using Vigil.Web.Accounts;
using Vigil.Web.Data;
using Vigil.Web.Decisions;
using Vigil.Web.Security;

namespace Vigil.Web.Api;

/// <summary>The versioned REST API (<c>/api/v1</c>): same roles and access logging as the pages; errors are ProblemDetails.</summary>
public static class VigilApi
{
    private const int MaxPage = 200;

    /// <summary>Posts listed per cluster (the earliest members); the cluster's size counts them all.</summary>
    private const int ClusterPosts = 20;

    public static IEndpointRouteBuilder MapVigilApi(this IEndpointRouteBuilder app)
    {
        var content = app.MapGroup("/api/v1").RequireAuthorization(Roles.Policies.Content).WithTags("content");

        content.MapGet("/posts", async (string? cursor, int? limit, DashboardQueries q, AccessLog log, HttpContext http, CancellationToken ct) =>
        {
            if (Cursor.Decode(cursor) is not { } offset)
            {
                return BadCursor();
            }

            var size = Math.Clamp(limit ?? 50, 1, MaxPage);
            var posts = await q.TriageAsync(offset, size + 1, ct);
            await log.AppendAsync(Principals.NameOf(http.User), "api:list-posts", $"offset {offset}", null, ct);
            return Results.Ok(new PageDto<PostDto>(posts.Take(size).Select(PostDto.From).ToList(), posts.Count > size ? Cursor.Encode(offset + size) : null));
        }).WithSummary("Flagged posts, newest first (the triage queue), paged by cursor.");

        content.MapGet("/posts/{platform}/{nativeId}", async (string platform, string nativeId, DashboardQueries q, AccessLog log, HttpContext http, CancellationToken ct) =>
        {
            var post = await q.GetAsync(new PostKey(platform, nativeId), ct);
            if (post is null)
            {
                return Results.Problem(statusCode: 404, title: "No such post.", detail: $"There is no stored post {platform}:{nativeId}.");
            }

            await log.AppendAsync(Principals.NameOf(http.User), "api:view-post", post.Key.ToString(), null, ct);
            return Results.Ok(PostDto.From(post));
        }).WithSummary("One stored post.");

        content.MapGet("/search", async (string? q, string? category, string? lang, string? platform, string? source, string? cursor, int? limit, DashboardQueries queries, AccessLog log, HttpContext http, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(q))
            {
                return Results.Problem(statusCode: 400, title: "Give a query.", detail: "Add ?q=words to search; any script works.");
            }

            if (Cursor.Decode(cursor) is not { } offset)
            {
                return BadCursor();
            }

            Category? cat = null;
            if (category is not null)
            {
                if (!Categories.TryParse(category, out var c))
                {
                    return Results.Problem(statusCode: 400, title: "Unknown category.", detail: $"Use one of: {string.Join(", ", Categories.All.Select(x => x.ToWire()))}.");
                }

                cat = c;
            }

            var size = Math.Clamp(limit ?? 20, 1, MaxPage);
            var filters = new SearchFilters { Category = cat, Lang = lang, Platform = platform, Source = source };
            var hits = await queries.Store.SearchAsync(q, Math.Min(1000, offset + size + 1), filters, ct);
            await log.AppendAsync(Principals.NameOf(http.User), "api:search", http.Request.QueryString.Value ?? q, null, ct);
            var page = hits.Skip(offset).Take(size).Select(h => PostDto.From(h.Post)).ToList();
            return Results.Ok(new PageDto<PostDto>(page, hits.Count > offset + size ? Cursor.Encode(offset + size) : null));
        }).WithSummary("Full-text search across scripts, with filters, paged by cursor.");

        content.MapGet("/trends", async (DashboardQueries q, AccessLog log, HttpContext http, CancellationToken ct) =>
        {
            await log.AppendAsync(Principals.NameOf(http.User), "api:trends", "trends", null, ct);
            return Results.Ok(await q.TrendsAsync(ct));
        }).WithSummary("Weekly volumes, prices per route, top and new routes.");

        content.MapGet("/clusters", async (int? limit, DashboardQueries q, AccessLog log, HttpContext http, CancellationToken ct) =>
        {
            await log.AppendAsync(Principals.NameOf(http.User), "api:clusters", "clusters", null, ct);
            var clusters = await q.ClustersAsync(Math.Clamp(limit ?? 50, 1, MaxPage), ClusterPosts, ct);
            if (await NotReadyAsync(q, ct) is { } notReady)
            {
                return notReady;
            }

            return Results.Ok(clusters.Select(c => new ClusterDto(c.Id, c.Size, c.FirstSeen, c.LastSeen, c.Posts.Select(PostDto.From).ToList())).ToList());
        }).WithSummary($"Near-duplicate clusters of reposted adverts, largest first; each with its size and the posts of its earliest {ClusterPosts} members.");

        content.MapGet("/networks", async (int? limit, DashboardQueries q, AccessLog log, HttpContext http, CancellationToken ct) =>
        {
            await log.AppendAsync(Principals.NameOf(http.User), "api:networks", "networks", null, ct);
            var networks = await q.NetworksAsync(ct);
            if (await NotReadyAsync(q, ct) is { } notReady)
            {
                return notReady;
            }

            return Results.Ok(networks.Take(Math.Clamp(limit ?? 50, 1, MaxPage)));
        }).WithSummary("Account networks linked by shared phones, handles or clusters (never migrant requests), largest first.");

        content.MapPost("/labels", async (LabelRequest request, TriageRecorder recorder, AccessLog log, HttpContext http, CancellationToken ct) =>
        {
            if (!Categories.TryParse(request.Category, out var category))
            {
                return Results.Problem(statusCode: 400, title: "Unknown category.", detail: $"Use one of: {string.Join(", ", Categories.All.Select(x => x.ToWire()))}.");
            }

            var key = new PostKey(request.Platform, request.NativeId);
            var decision = await recorder.RecordAsync(key, DecisionKind.Correct, category, null, Principals.NameOf(http.User), request.Reason, ct);
            if (decision is null)
            {
                return Results.Problem(statusCode: 404, title: "No such post.", detail: $"There is no stored post {key}.");
            }

            await log.AppendAsync(Principals.NameOf(http.User), "api:label", key.ToString(), category.ToWire(), ct);
            return Results.Created($"/api/v1/posts/{Uri.EscapeDataString(key.Platform)}/{Uri.EscapeDataString(key.NativeId)}", new { post = key.ToString(), category = category.ToWire(), by = decision.User, at = decision.At });
        }).WithSummary("Record an analyst's correction of a post's category: a label in the store that `vigil train` learns from.");

        content.MapAnalyze();
        content.MapExport();
        content.MapReveal();

        app.MapGet("/api/v1/access-log", async (int? limit, AccessLog log, HttpContext http, CancellationToken ct) =>
        {
            await log.AppendAsync(Principals.NameOf(http.User), "api:access-log", "access-log", null, ct);
            return Results.Ok(new { verification = await log.VerifyAsync(ct), entries = await log.RecentAsync(Math.Clamp(limit ?? 100, 1, 1000), ct) });
        }).RequireAuthorization(Roles.Policies.AccessLog).WithTags("dpo").WithSummary("The access log and its hash-chain verification (DPO only).");

        return app;
    }

    /// <summary>503 with Retry-After while the first computation of clusters and networks runs (a large store just opened).</summary>
    private static async Task<IResult?> NotReadyAsync(DashboardQueries q, CancellationToken ct)
    {
        if ((await q.DedupStateAsync(ct)).Ready)
        {
            return null;
        }

        return new RetryLater(Results.Problem(statusCode: 503, title: "Clusters and networks are being computed.",
            detail: "The store's flagged posts are being grouped for the first time since the server started; ask again in a minute."));
    }

    private sealed class RetryLater(IResult problem) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "30";
            return problem.ExecuteAsync(httpContext);
        }
    }

    private static IResult BadCursor() => Results.Problem(statusCode: 400, title: "Bad cursor.", detail: "Use the nextCursor value of the previous page as it was returned.");
}
