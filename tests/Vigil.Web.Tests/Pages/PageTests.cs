using System.Net;
using Vigil.Web.Accounts;

namespace Vigil.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public sealed class PageTests(WebFixture web)
{
    [Theory]
    [InlineData("/triage")]
    [InlineData("/search?q=boat")]
    [InlineData("/trends")]
    [InlineData("/clusters")]
    [InlineData("/networks")]
    [InlineData("/access-log")]
    [InlineData("/users")]
    public async Task Page_Anonymous_RedirectsToLogin(string path)
    {
        var response = await web.Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData(Roles.Analyst, "/triage", true)]
    [InlineData(Roles.OperationOfficer, "/triage", true)]
    [InlineData(Roles.Dpo, "/triage", false)]
    [InlineData(Roles.Admin, "/triage", false)]
    [InlineData(Roles.Admin, "/post/telegram/1001", false)]
    [InlineData(Roles.Dpo, "/access-log", true)]
    [InlineData(Roles.Analyst, "/access-log", false)]
    [InlineData(Roles.Admin, "/users", true)]
    [InlineData(Roles.Analyst, "/users", false)]
    public async Task Page_Role_IsEnforced(string role, string path, bool allowed)
    {
        var session = await PageSession.SignInAsync(web, role);
        var response = await session.Client.GetAsync(path);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task PostDetail_HostileText_IsEncodedNotMarkup()
    {
        var session = await PageSession.SignInAsync(web, Roles.Analyst);
        var html = await session.Client.GetStringAsync("/post/telegram/666");
        Assert.DoesNotContain("<script>document.title", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("U+202E", html); // the bidi override is shown, not obeyed
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRejected()
    {
        var client = web.Client();
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = Roles.Analyst, ["password"] = WebFixture.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_RepeatedFailures_LockTheAccount()
    {
        var users = await UserDirectory.OpenAsync(web.SecurityPath, web.Clock, CancellationToken.None);
        await users.AddAsync("lockme", WebFixture.Password, Roles.Analyst, CancellationToken.None);
        var session = new PageSession(web.Client());
        for (var i = 0; i < UserDirectory.MaxFailedLogins; i++)
        {
            await session.PostFormAsync("/login", new() { ["name"] = "lockme", ["password"] = "wrong password" });
        }

        var locked = await session.PostFormAsync("/login", new() { ["name"] = "lockme", ["password"] = WebFixture.Password });
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync());
        web.Clock.Advance(UserDirectory.LockoutPeriod + TimeSpan.FromMinutes(1));
        var after = await session.PostFormAsync("/login", new() { ["name"] = "lockme", ["password"] = WebFixture.Password });
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Triage_Correct_IsRecordedInPostHistory()
    {
        var session = await PageSession.SignInAsync(web, Roles.Analyst);
        var response = await session.PostFormAsync("/triage", new() { ["platform"] = "telegram", ["nativeId"] = "1001", ["kind"] = "Correct", ["category"] = "guidance_info" });
        Assert.Contains("Recorded: Correct on telegram:1001", await response.Content.ReadAsStringAsync());
        var detail = await session.Client.GetStringAsync("/post/telegram/1001");
        Assert.Contains("guidance_info", detail);
        Assert.Contains("<td>analyst</td>", detail);

        // Put the shared fixture back: ApiTests (same collection, random order) read this post as a smuggling offer.
        await session.PostFormAsync("/triage", new() { ["platform"] = "telegram", ["nativeId"] = "1001", ["kind"] = "Correct", ["category"] = "smuggling_offer" });
    }

    [Fact]
    public async Task Triage_Correct_IsAStoreLabelWithWhoWhenAndWhy()
    {
        // The labels table is the one `vigil label` writes and `vigil train` reads (see Vigil.Cli.Tests TrainCorrectionsTests).
        var session = await PageSession.SignInAsync(web, Roles.OperationOfficer);
        var response = await session.PostFormAsync("/triage", new() { ["platform"] = "telegram", ["nativeId"] = "666", ["kind"] = "Correct", ["category"] = "document_fraud", ["reason"] = "sells passports" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var store = await Vigil.Storage.Sqlite.SqlitePostStore.OpenAsync(web.StorePath);
        var label = Assert.Single(await store.LabelHistoryAsync(WebFixture.HostilePost, CancellationToken.None));
        Assert.Equal(Vigil.Core.Analysis.Category.DocumentFraud, label.Category);
        Assert.Equal(Vigil.Core.Analysis.Category.SmugglingOffer, label.Previous);
        Assert.Equal(Roles.OperationOfficer, label.By);
        Assert.Equal("sells passports", label.Reason);
        Assert.Equal(web.Clock.GetUtcNow().ToUnixTimeMilliseconds(), label.At.ToUnixTimeMilliseconds());

        // The stored category follows the analyst.
        var post = await session.Client.GetStringAsync("/api/v1/posts/telegram/666");
        Assert.Contains("\"category\":\"document_fraud\"", post);
    }

    [Fact]
    public async Task Triage_CorrectUnknownPost_Returns404()
    {
        var session = await PageSession.SignInAsync(web, Roles.Analyst);
        var response = await session.PostFormAsync("/triage", new() { ["platform"] = "telegram", ["nativeId"] = "nope", ["kind"] = "Correct", ["category"] = "unrelated" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ViewingAPost_IsWrittenToTheAccessLog()
    {
        var analyst = await PageSession.SignInAsync(web, Roles.Analyst);
        await analyst.Client.GetStringAsync("/post/rss/n1");
        var dpo = await PageSession.SignInAsync(web, Roles.Dpo);
        var log = await dpo.Client.GetStringAsync("/access-log");
        Assert.Contains("view-post", log);
        Assert.Contains("rss:n1", log);
        Assert.Contains("Hash chain intact", log);
    }

    [Fact]
    public async Task ConcurrentPageViews_AreEachLoggedBeforeTheirResponse_InAnIntactChain()
    {
        // Group commit: concurrent requests share a transaction, but each response waits for its own entry.
        var log = await Vigil.Storage.Audit.AccessLog.OpenAsync(web.SecurityPath, web.Clock, CancellationToken.None);
        var client = web.Client(web.AnalystToken);
        var expected = Enumerable.Range(0, 60)
            .Select(i => i % 3 == 0 ? (Path: $"/triage?p={7000 + i}", Action: "view-triage", Target: $"page {7000 + i}") : (Path: $"/search?q=concurrent{i}", Action: "search", Target: $"/search?q=concurrent{i}"))
            .ToList();
        await Task.WhenAll(expected.Select(async view =>
        {
            var response = await client.GetAsync(view.Path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var logged = await log.RecentAsync(10_000, CancellationToken.None);
            Assert.Contains(logged, e => e.User == Roles.Analyst && e.Action == view.Action && e.Target == view.Target);
        }));

        var verification = await log.VerifyAsync(CancellationToken.None);
        Assert.True(verification.Intact, verification.Problem);
        var targets = expected.Select(v => v.Target).ToHashSet();
        var entries = (await log.RecentAsync(10_000, CancellationToken.None)).Where(e => targets.Contains(e.Target)).ToList();
        Assert.Equal(60, entries.Count);
        Assert.Equal(60, entries.Select(e => e.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task Search_WithHits_OffersAnExportThatKeepsTheQuery()
    {
        var session = await PageSession.SignInAsync(web, Roles.Analyst);
        var html = await session.Client.GetStringAsync("/search?q=formula&category=unrelated&p=0");
        Assert.Contains("action=\"/api/v1/export\"", html);
        Assert.Contains("name=\"q\" value=\"formula\"", html);
        Assert.Contains("name=\"category\" value=\"unrelated\"", html);
        Assert.DoesNotContain("name=\"p\" value=", html);
        Assert.Contains("name=\"reason\" required", html);

        // The browser's cookie session works on the export endpoint too.
        var csv = await session.Client.GetAsync("/api/v1/export?q=formula&category=unrelated&reason=page+export");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }
}
