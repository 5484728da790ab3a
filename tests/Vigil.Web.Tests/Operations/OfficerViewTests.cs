using System.Net;
using System.Net.Http.Json;
using Vigil.Storage.Audit;
using Vigil.Web.Tests.Pages;

namespace Vigil.Web.Tests.Operations;

/// <summary>Who may see the clear identifiers of an operation's post, in the dashboard and the API, and what the log keeps.</summary>
public sealed class OfficerViewTests(OperationsFixture ops) : IClassFixture<OperationsFixture>
{
    private const string PostPath = "/post/telegram/1001";
    private const string RevealApi = "/api/v1/posts/telegram/1001/reveal";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<PageSession> SignInAsync(string user)
    {
        var session = new PageSession(ops.Client());
        var response = await session.PostFormAsync("/login", new() { ["name"] = user, ["password"] = WebFixture.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    private async Task<IReadOnlyList<AccessLogEntry>> LogAsync() =>
        await (await AccessLog.OpenAsync(ops.SecurityPath, ops.Clock, Ct)).RecentAsync(500, Ct);

    [Fact]
    public async Task Page_AssignedOfficerWithinPeriod_RevealsAfterAReason_AndTheLogKeepsIt()
    {
        var session = await SignInAsync("officer1");

        var before = await session.Client.GetStringAsync(PostPath, Ct);
        var reason = "Preparing the witness statement for case 17/2026";
        var after = await session.PostFormAsync($"{PostPath}?handler=reveal", new() { ["operation"] = "aegean", ["reason"] = reason }, PostPath);
        var html = await after.Content.ReadAsStringAsync(Ct);

        Assert.Contains("Reveal identifiers", before);
        Assert.DoesNotContain(OperationsFixture.ClearAuthor, before);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(OperationsFixture.ClearAuthor, html);
        Assert.Contains("532 111 22 33", html); // the page HTML-encodes '+'
        Assert.Contains("[phone:TR:ps_00aa11bb22cc33dd]", html);
        var entry = Assert.Single(await LogAsync(), e => e.Action == "reveal-identifiers" && e.Reason == reason);
        Assert.Equal("officer1", entry.User);
        Assert.Equal("telegram:1001 in operation aegean", entry.Target);
        Assert.True((await (await AccessLog.OpenAsync(ops.SecurityPath, ops.Clock, Ct)).VerifyAsync(Ct)).Intact);
    }

    [Fact]
    public async Task Page_NoReason_RevealsNothing()
    {
        var session = await SignInAsync("officer1");

        var response = await session.PostFormAsync($"{PostPath}?handler=reveal", new() { ["operation"] = "aegean", ["reason"] = "   " }, PostPath);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("Say why you need the clear identifiers", html);
        Assert.DoesNotContain(OperationsFixture.ClearAuthor, html);
    }

    [Theory]
    [InlineData("analyst1", PostPath, "aegean")]
    [InlineData("officer2", PostPath, "aegean")] // not assigned
    [InlineData("officer1", "/post/facebook/2002", "ended")] // assigned, but the period is over
    public async Task Page_AnyoneElse_SeesNoFormAndIsRefused(string user, string path, string operation)
    {
        var session = await SignInAsync(user);

        var page = await session.Client.GetStringAsync(path, Ct);
        // The post page offers them no form: take the antiforgery token from the triage page, as a forged request would.
        var attempt = await session.PostFormAsync($"{path}?handler=reveal", new() { ["operation"] = operation, ["reason"] = "curious" }, "/triage");

        Assert.DoesNotContain("Reveal identifiers", page);
        Assert.DoesNotContain(OperationsFixture.ClearAuthor, page);
        Assert.Equal(HttpStatusCode.Redirect, attempt.StatusCode);
        Assert.StartsWith("/denied", attempt.Headers.Location!.PathAndQuery);
        Assert.Contains(await LogAsync(), e => e.Action == "reveal-refused" && e.User == user && e.Target.EndsWith($"in operation {operation}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dpo1")]
    [InlineData("admin1")]
    public async Task Page_DpoAndAdmin_DoNotSeeContentAtAll(string user)
    {
        var session = await SignInAsync(user);

        var response = await session.Client.GetAsync(PostPath, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Api_AssignedOfficer_GetsTheClearIdentifiersWithAReason()
    {
        var response = await ops.Client(ops.Tokens["officer1"]).PostAsJsonAsync(RevealApi, new { operation = "aegean", reason = "API check for case 17/2026" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(OperationsFixture.ClearAuthor, body);
        Assert.Contains(OperationsFixture.ClearPhone, body);
        Assert.Contains(await LogAsync(), e => e.Action == "reveal-identifiers" && e.User == "officer1" && e.Reason == "API check for case 17/2026");
    }

    [Theory]
    [InlineData("officer1", "aegean", null, HttpStatusCode.BadRequest)]
    [InlineData("officer1", "aegean", "", HttpStatusCode.BadRequest)]
    [InlineData("officer1", "ended", "a reason", HttpStatusCode.Forbidden)]
    [InlineData("officer1", "no-such-operation", "a reason", HttpStatusCode.Forbidden)]
    [InlineData("officer2", "aegean", "a reason", HttpStatusCode.Forbidden)]
    [InlineData("analyst1", "aegean", "a reason", HttpStatusCode.Forbidden)]
    [InlineData("dpo1", "aegean", "a reason", HttpStatusCode.Forbidden)]
    [InlineData("admin1", "aegean", "a reason", HttpStatusCode.Forbidden)]
    public async Task Api_WithoutReasonOrRight_RevealsNothing(string user, string operation, string? reason, HttpStatusCode expected)
    {
        var response = await ops.Client(ops.Tokens[user]).PostAsJsonAsync(RevealApi, new { operation, reason }, Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(OperationsFixture.ClearAuthor, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Api_PostTheOperationDoesNotKeep_IsNotFound()
    {
        var response = await ops.Client(ops.Tokens["officer1"]).PostAsJsonAsync("/api/v1/posts/rss/n1/reveal", new { operation = "aegean", reason = "a reason" }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
