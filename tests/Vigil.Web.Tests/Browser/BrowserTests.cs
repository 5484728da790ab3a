using Microsoft.Playwright;
using Vigil.Web.Accounts;

namespace Vigil.Web.Tests.Browser;

/// <summary>The dashboard in a real browser (<see cref="ChromiumSession"/>); each page is screenshotted as a test artefact.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTests(BrowserFixture web) : IAsyncLifetime
{
    private ChromiumSession? _chromium;

    public async ValueTask InitializeAsync() => _chromium = await ChromiumSession.LaunchAsync();

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }

    private Task<IPage> SignedInPageAsync(string user) => _chromium!.SignedInPageAsync(web.BaseAddress, user, WebFixture.Password);

    private static Task ShotAsync(IPage page, string name) => ChromiumSession.ShotAsync(page, name);

    [Fact]
    public async Task Analyst_TriagesAPost()
    {
        var page = await SignedInPageAsync(Roles.Analyst);
        Assert.EndsWith("/triage", page.Url);
        await ShotAsync(page, "triage");
        var form = page.Locator("form[aria-label='Decide on telegram:3003']");
        await form.Locator("button[value=Confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Recorded: Confirm on telegram:3003");
    }

    [Fact]
    public async Task Analyst_SearchesInArabic()
    {
        var page = await SignedInPageAsync(Roles.Analyst);
        await page.GotoAsync("/search");
        await page.FillAsync("input[name=q]", "اليونان");
        await page.ClickAsync("form[role=search] button[type=submit]");
        await Assertions.Expect(page.Locator("article.post")).ToHaveCountAsync(2);
        Assert.Contains("q=", page.Url); // a query is a shareable URL
        var direction = await page.Locator("article.post .post-text").First.EvaluateAsync<string>("e => getComputedStyle(e).direction");
        Assert.Equal("rtl", direction);
        await ShotAsync(page, "search-arabic");
    }

    [Fact]
    public async Task Analyst_OpensTrendChartAndNetwork()
    {
        var page = await SignedInPageAsync(Roles.Analyst);
        await page.GotoAsync("/trends");
        await Assertions.Expect(page.Locator("svg[aria-label='Posts per week by category']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg[aria-label^='Advertised price TR→GR']")).ToBeVisibleAsync();
        await ShotAsync(page, "trends");

        await page.GotoAsync("/networks");
        var graph = page.Locator("svg[aria-label^='Network']");
        await Assertions.Expect(graph).ToHaveCountAsync(1);
        Assert.Equal(2, await graph.Locator("circle").CountAsync());
        await ShotAsync(page, "networks");

        await page.GotoAsync("/clusters");
        await Assertions.Expect(page.Locator("section[aria-label^='Cluster'] article.post")).ToHaveCountAsync(2);
        await ShotAsync(page, "clusters");
    }

    [Fact]
    public async Task HostilePost_RendersAsText()
    {
        var page = await SignedInPageAsync(Roles.Analyst);
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.GotoAsync("/post/telegram/666");
        await ShotAsync(page, "post-hostile");
        var text = page.Locator(".post-text");
        await Assertions.Expect(text).ToContainTextAsync("<script>document.title='pwned'</script>");
        Assert.Equal(0, await text.Locator("img, script").CountAsync());
        Assert.NotEqual("pwned", await page.TitleAsync());
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Dpo_SeesTheAccessLogButNoContent()
    {
        var page = await SignedInPageAsync(Roles.Dpo);
        Assert.EndsWith("/access-log", page.Url);
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Hash chain intact");
        await ShotAsync(page, "access-log");
        await page.GotoAsync("/triage");
        Assert.Contains("/denied", page.Url);
    }

    [Fact]
    public async Task Admin_SeesUsers()
    {
        var page = await SignedInPageAsync(Roles.Admin);
        Assert.EndsWith("/users", page.Url);
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("operation-officer");
        await ShotAsync(page, "users");
    }
}
