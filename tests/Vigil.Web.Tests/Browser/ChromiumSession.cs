using Microsoft.Playwright;
using Vigil.Testing;

namespace Vigil.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (./test.sh installs it): launches the browser, signs in through the
/// login form and screenshots pages into artifacts/screenshots/ as test artefacts.
/// </summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    // CI runs every test assembly at once on 2 cores, next to a PostgreSQL server and Chromium, so waits
    // get 90 s; a refused sign-in still fails, and says what the page showed.
    private const float TimeoutMs = 90_000;
    private static readonly string Screenshots = Path.Combine(TestPaths.RepoRoot, "artifacts", "screenshots");
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ChromiumSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<ChromiumSession> LaunchAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("VIGIL_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium is not at {chromium}. Run the tests with ./test.sh, which installs Debian's chromium, or set VIGIL_CHROMIUM.");
        }

        Directory.CreateDirectory(Screenshots);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new ChromiumSession(playwright, browser);
    }

    /// <summary>A new browser context at <paramref name="site"/>, signed in as <paramref name="user"/>.</summary>
    public async Task<IPage> SignedInPageAsync(Uri site, string user, string password)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString(), Locale = "en-GB" });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=name]", user);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            // Wait for the redirect to commit, not for the page's "load" event: three failed full-suite runs (two
            // under other engineers' load, one on a fresh clone) had already reached /triage with its content on
            // screen, yet the "load" wait of the default WaitUntil never ended (Playwright logged only
            // "networkidle"). The steps after this auto-wait for the elements they use.
            await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException e)
        {
            var shown = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5_000 });
            throw new InvalidOperationException($"Sign-in as {user} did not leave {page.Url}; the page shows: {shown[..Math.Min(shown.Length, 300)]}", e);
        }

        return page;
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
