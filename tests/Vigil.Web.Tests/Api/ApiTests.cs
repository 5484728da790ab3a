using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Web.Accounts;

namespace Vigil.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class ApiTests(WebFixture web)
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Theory]
    [InlineData("/api/v1/posts")]
    [InlineData("/api/v1/search?q=test")]
    [InlineData("/api/v1/trends")]
    [InlineData("/api/v1/clusters")]
    [InlineData("/api/v1/networks")]
    [InlineData("/api/v1/access-log")]
    [InlineData("/api/v1/export?q=formula&reason=x")]
    [InlineData("/api/v1/posts/telegram/1001")]
    public async Task Get_WithoutCredentials_Returns401Problem(string path)
    {
        var response = await web.Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_WithUnknownToken_Returns401()
    {
        var response = await web.Client("vgl_not_a_token").GetAsync("/api/v1/posts");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Dpo, "/api/v1/posts")]
    [InlineData(Roles.Admin, "/api/v1/posts")]
    [InlineData(Roles.Admin, "/api/v1/search?q=x")]
    [InlineData(Roles.Dpo, "/api/v1/export?q=formula&reason=x")]
    [InlineData(Roles.Admin, "/api/v1/export?q=formula&reason=x")]
    [InlineData(Roles.Dpo, "/api/v1/posts/telegram/1001")]
    [InlineData(Roles.Admin, "/api/v1/posts/telegram/1001")]
    [InlineData(Roles.Dpo, "/api/v1/trends")]
    [InlineData(Roles.Admin, "/api/v1/trends")]
    [InlineData(Roles.Dpo, "/api/v1/clusters")]
    [InlineData(Roles.Admin, "/api/v1/clusters")]
    [InlineData(Roles.Dpo, "/api/v1/networks")]
    [InlineData(Roles.Admin, "/api/v1/networks")]
    [InlineData(Roles.OperationOfficer, "/api/v1/access-log")]
    [InlineData(Roles.Analyst, "/api/v1/access-log")]
    [InlineData(Roles.Admin, "/api/v1/access-log")]
    public async Task Get_WrongRole_Returns403Problem(string role, string path)
    {
        var token = web.TokenFor(role);
        var response = await web.Client(token).GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(Roles.Dpo, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Admin, HttpStatusCode.Forbidden)]
    public async Task Labels_WithoutAContentRole_IsRefused(string? role, HttpStatusCode expected)
    {
        var client = web.Client(role is null ? null : web.TokenFor(role));
        var response = await client.PostAsJsonAsync("/api/v1/labels", new { platform = "telegram", nativeId = "1001", category = "unrelated" });
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/posts")]
    [InlineData("/api/v1/posts/telegram/1001")]
    [InlineData("/api/v1/search?q=boat")]
    [InlineData("/api/v1/trends")]
    [InlineData("/api/v1/clusters")]
    [InlineData("/api/v1/networks")]
    public async Task Get_OperationOfficer_IsAllowedContent(string path)
    {
        var response = await web.Client(web.OfficerToken).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Posts_PagesByCursor_UntilTheEnd()
    {
        var client = web.Client(web.AnalystToken);
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Json(await client.GetAsync("/api/v1/posts?limit=2" + (cursor is null ? "" : "&cursor=" + cursor)));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("nativeId").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        // The four flagged posts, newest first; news and migrant requests are not in the triage list.
        Assert.Equal(["3003", "666", "2002", "1001"], seen);
    }

    [Fact]
    public async Task Posts_BadCursor_Returns400Problem()
    {
        var response = await web.Client(web.AnalystToken).GetAsync("/api/v1/posts?cursor=bm90LWEtY3Vyc29y");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bad cursor.", (await Json(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task PostById_Known_ReturnsPseudonymisedPost()
    {
        var post = await Json(await web.Client(web.AnalystToken).GetAsync("/api/v1/posts/telegram/1001"));
        Assert.Equal("smuggling_offer", post.GetProperty("category").GetString());
        Assert.Contains("[phone:TR:ps_", post.GetProperty("text").GetString());
    }

    [Fact]
    public async Task PostById_Unknown_Returns404Problem()
    {
        var response = await web.Client(web.AnalystToken).GetAsync("/api/v1/posts/telegram/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_Arabic_FindsVariantSpellings()
    {
        // "ازمير" without hamza must find "إزمير" with it (folded index).
        var page = await Json(await web.Client(web.AnalystToken).GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("ازمير")));
        var ids = page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("nativeId").GetString()).ToList();
        Assert.Contains("1001", ids);
        Assert.Contains("2002", ids);
    }

    [Fact]
    public async Task Search_WithoutQuery_Returns400Problem()
    {
        var response = await web.Client(web.AnalystToken).GetAsync("/api/v1/search");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Search_UnknownCategory_Returns400Problem()
    {
        var response = await web.Client(web.AnalystToken).GetAsync("/api/v1/search?q=boat&category=smuggling");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Trends_ReportsRoutesAndPrices()
    {
        var trends = await Json(await web.Client(web.AnalystToken).GetAsync("/api/v1/trends"));
        var routes = trends.GetProperty("topRoutes").EnumerateArray().Select(r => r.GetProperty("route").GetString()).ToList();
        Assert.Equal("TR→GR", routes[0]);
        Assert.Contains("BY→DE", routes);
        Assert.Contains(trends.GetProperty("prices").EnumerateArray(), p => p.GetProperty("route").GetString() == "TR→GR" && p.GetProperty("median").GetDecimal() is 4500m or 4200m);
    }

    [Fact]
    public async Task Clusters_GroupTheRepostedAdvert()
    {
        var clusters = await Json(await web.Client(web.AnalystToken).GetAsync("/api/v1/clusters"));
        var members = clusters.EnumerateArray().Single().GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("nativeId").GetString()).ToList();
        Assert.Equal(["1001", "2002"], members);
    }

    [Fact]
    public async Task Networks_LinkSharedPhone_NeverTheMigrant()
    {
        var body = await (await web.Client(web.AnalystToken).GetAsync("/api/v1/networks")).Content.ReadAsStringAsync();
        var network = JsonDocument.Parse(body).RootElement.EnumerateArray().Single();
        var accounts = network.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Equal(["facebook:ps_author2", "telegram:ps_author1"], accounts);
        Assert.DoesNotContain("ps_migrant", body);
    }

    [Fact]
    public async Task Labels_Valid_IsRecordedAndLogged()
    {
        var client = web.Client(web.AnalystToken);
        var response = await client.PostAsJsonAsync("/api/v1/labels", new { platform = "telegram", nativeId = "3003", category = "document_fraud" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var log = await Json(await web.Client(web.DpoToken).GetAsync("/api/v1/access-log"));
        Assert.Contains(log.GetProperty("entries").EnumerateArray(), e => e.GetProperty("action").GetString() == "api:label" && e.GetProperty("target").GetString() == "telegram:3003");
        Assert.True(log.GetProperty("verification").GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Labels_UnknownPostOrCategory_AreProblems()
    {
        var client = web.Client(web.AnalystToken);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/labels", new { platform = "telegram", nativeId = "none", category = "unrelated" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/labels", new { platform = "telegram", nativeId = "1001", category = "bad" })).StatusCode);
    }

    [Fact]
    public async Task OpenApi_DocumentListsTheEndpoints()
    {
        var doc = await Json(await web.Client().GetAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/posts", paths);
        Assert.Contains("/api/v1/search", paths);
        Assert.Contains("/api/v1/labels", paths);
    }

    [Fact]
    public async Task EveryResponse_CarriesAStrictContentSecurityPolicy()
    {
        var response = await web.Client().GetAsync("/login");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/api/v1/posts")]
    [InlineData("/api/v1/posts/telegram/1001")]
    public async Task PagesAndApiAnswers_AreNeverStoredByBrowsersOrProxies(string path)
    {
        var response = await web.Client(web.AnalystToken).GetAsync(path);

        Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} lacks Cache-Control: no-store");
    }

    [Fact]
    public async Task Stylesheet_IsPublicAndCacheable()
    {
        var response = await web.Client().GetAsync("/vigil.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
        Assert.True(response.Headers.CacheControl?.Public);
    }
}
