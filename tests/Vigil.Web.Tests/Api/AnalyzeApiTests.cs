using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Testing;
using Vigil.Web.Accounts;

namespace Vigil.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class AnalyzeApiTests(WebFixture web)
{
    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Analyze_GoldenInput_ReturnsExactlyWhatTheCliWrites()
    {
        // The CLI's golden file is the reference: same code, same analyzer composition, same bytes per result.
        var readable = File.ReadAllLines(TestPaths.Fixture("analyze", "input.jsonl"))
            .Where(l => l.StartsWith('{') && l.Contains("\"id\"", StringComparison.Ordinal))
            .ToList();
        var expected = File.ReadAllLines(TestPaths.Fixture("analyze", "expected.jsonl")).Where(l => l.Length > 0).ToList();

        var response = await web.Client(web.AnalystToken).PostAsync("/api/v1/analyze", JsonBody("[" + string.Join(",", readable) + "]"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await Json(response)).EnumerateArray().Select(e => e.GetRawText()).ToList();
        Assert.Equal(expected, results);
    }

    [Fact]
    public async Task Analyze_OneObject_ReturnsOneResultWithIndicatorsInClear()
    {
        var response = await web.Client(web.OfficerToken).PostAsync("/api/v1/analyze",
            JsonBody("""{"id":7,"text":"Boat from Izmir to Greece, 4500 EUR, call +90 532 123 45 67","lang":"en"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await Json(response);
        Assert.Equal(7, result.GetProperty("id").GetInt32());
        Assert.Equal("en", result.GetProperty("lang").GetString());
        Assert.Equal("+905321234567", result.GetProperty("indicators").GetProperty("phones")[0].GetProperty("e164").GetString());
        Assert.Contains(result.GetProperty("indicators").GetProperty("prices").EnumerateArray(), p => p.GetProperty("currency").GetString() == "EUR");
    }

    [Fact]
    public async Task Analyze_MalformedItems_Returns400NamingTheItems_NotTheirContent()
    {
        var response = await web.Client(web.AnalystToken).PostAsync("/api/v1/analyze",
            JsonBody("""[{"id":"a","text":"ok"},{"id":"b","body":"secret +905321234567"},"plain string"]"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["item 2: no \"text\" (a string)", "item 3: not a JSON object"], errors);
        Assert.DoesNotContain("905321234567", body);
    }

    [Theory]
    [InlineData("{\"id\":\"1\",\"text\":")]
    [InlineData("[]")]
    [InlineData("42")]
    public async Task Analyze_NotJsonOrNoPosts_Returns400Problem(string body)
    {
        var response = await web.Client(web.AnalystToken).PostAsync("/api/v1/analyze", JsonBody(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Analyze_TooManyPosts_Returns413Problem()
    {
        var posts = Enumerable.Range(0, WebFixture.Limits.MaxAnalyzePosts + 1).Select(i => new { id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), text = "x" });
        var response = await web.Client(web.AnalystToken).PostAsJsonAsync("/api/v1/analyze", posts);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains($"at most {WebFixture.Limits.MaxAnalyzePosts}", (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Analyze_BodyOverTheLimit_Returns413Problem()
    {
        var huge = new string('a', (int)WebFixture.Limits.MaxAnalyzeBodyBytes);
        var response = await web.Client(web.AnalystToken).PostAsync("/api/v1/analyze", JsonBody($"{{\"id\":\"1\",\"text\":\"{huge}\"}}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Analyze_NotJsonContentType_Returns415Problem()
    {
        var response = await web.Client(web.AnalystToken).PostAsync("/api/v1/analyze", new StringContent("id,text\n1,hello", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Dpo)]
    [InlineData(Roles.Admin)]
    public async Task Analyze_RoleWithoutContent_Returns403(string role)
    {
        var response = await web.Client(web.TokenFor(role)).PostAsync("/api/v1/analyze", JsonBody("""{"id":"1","text":"hello"}"""));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Analyze_Anonymous_Returns401()
    {
        var response = await web.Client().PostAsync("/api/v1/analyze", JsonBody("""{"id":"1","text":"hello"}"""));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Analyze_OverTheRequestBudget_Returns429_PerAccount()
    {
        var users = await Vigil.Web.Accounts.UserDirectory.OpenAsync(web.SecurityPath, web.Clock, CancellationToken.None);
        await users.AddAsync("burst", WebFixture.Password, Roles.Analyst, CancellationToken.None);
        var burst = web.Client(await users.CreateTokenAsync("burst", "tests", CancellationToken.None));
        for (var i = 0; i < WebFixture.Limits.AnalyzeRequestsPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await burst.PostAsync("/api/v1/analyze", JsonBody("""{"id":"1","text":"hi"}"""))).StatusCode);
        }

        var refused = await burst.PostAsync("/api/v1/analyze", JsonBody("""{"id":"1","text":"hi"}"""));
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.Contains("Retry-After"));

        // Another account's budget is its own.
        Assert.Equal(HttpStatusCode.OK, (await web.Client(web.OfficerToken).PostAsync("/api/v1/analyze", JsonBody("""{"id":"1","text":"hi"}"""))).StatusCode);
    }

    [Fact]
    public async Task Analyze_IsLoggedAsACount_NeverTheText()
    {
        await web.Client(web.AnalystToken).PostAsync("/api/v1/analyze", JsonBody("""[{"id":"1","text":"marker-text-xyz"},{"id":"2","text":"two"},{"id":"3","text":"three"}]"""));

        var log = await (await web.Client(web.DpoToken).GetAsync("/api/v1/access-log?limit=1000")).Content.ReadAsStringAsync();
        Assert.Contains("\"action\":\"api:analyze\"", log);
        Assert.Contains("3 posts", log);
        Assert.DoesNotContain("marker-text-xyz", log);
    }

    [Fact]
    public async Task OpenApi_DescribesAnalyze()
    {
        var doc = await Json(await web.Client().GetAsync("/openapi/v1.json"));
        var analyze = doc.GetProperty("paths").GetProperty("/api/v1/analyze").GetProperty("post");
        Assert.True(analyze.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(analyze.GetProperty("responses").TryGetProperty("413", out _));
        Assert.True(analyze.GetProperty("responses").TryGetProperty("429", out _));
    }
}
