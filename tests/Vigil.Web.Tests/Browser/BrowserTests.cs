using Microsoft.Playwright;
using Vigil.Testing;
using Vigil.Web.Accounts;

namespace Vigil.Web.Tests.Browser;

/// <summary>
/// The dashboard in a real browser: Debian's Chromium driven by Playwright (./test.sh installs it).
/// Each page is screenshotted into artifacts/screenshots/ as a test artefact.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTests(BrowserFixture web) : IAsyncLifetime
{
    private const float BrowserTimeoutMs = 90_000;
    private static readonly string Screenshots = Path.Combine(TestPaths.RepoRoot, "artifacts", "screenshots");
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("VIGIL_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium is not at {chromium}. Run the tests with ./test.sh, which installs Debian's chromium, or set VIGIL_CHROMIUM.");
        }

        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    private async Task<IPage> SignedInPageAsync(string user)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = web.BaseAddress.ToString(), Locale = "en-GB" });
        // CI runs every test assembly at once on 2 cores, next to a PostgreSQL server and Chromium: one
        // full-suite run on a fresh clone saw a 30 s timeout here (not reproduced in targeted runs), so
        // waits get 90 s; a refused sign-in still fails, and says what the page showed.
        context.SetDefaultTimeout(BrowserTimeoutMs);
        context.SetDefaultNavigationTimeout(BrowserTimeoutMs);
        Assertions.SetDefaultExpectTimeout(BrowserTimeoutMs);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=name]", user);
        await page.FillAsync("input[name=password]", WebFixture.Password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        }
        catch (TimeoutException e)
        {
            var shown = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5_000 });
            throw new InvalidOperationException($"Sign-in as {user} did not leave {page.Url}; the page shows: {shown[..Math.Min(shown.Length, 300)]}", e);
        }

        return page;
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

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
