using Microsoft.Playwright;
using Vigil.Storage.Audit;
using Vigil.Web.Tests.Operations;

namespace Vigil.Web.Tests.Browser;

/// <summary>
/// The officer's reveal form in a real browser: the clear identifiers of an operation's post appear only after
/// the assigned officer gives a reason, the browser itself refuses an empty reason, and the log keeps the reason.
/// </summary>
public sealed class OfficerRevealBrowserTests(OperationsBrowserFixture ops) : IClassFixture<OperationsBrowserFixture>, IAsyncLifetime
{
    private const string PostPath = "/post/telegram/1001";
    private ChromiumSession? _chromium;

    public async ValueTask InitializeAsync() => _chromium = await ChromiumSession.LaunchAsync();

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }

    private async Task<IReadOnlyList<AccessLogEntry>> LogAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        return await (await AccessLog.OpenAsync(ops.SecurityPath, ops.Clock, ct)).RecentAsync(500, ct);
    }

    [Fact]
    public async Task AssignedOfficer_RevealsOnlyAfterGivingAReason()
    {
        var page = await _chromium!.SignedInPageAsync(ops.BaseAddress, "officer1", WebFixture.Password);
        await page.GotoAsync(PostPath);
        var form = page.Locator("form.reveal");
        var reason = form.Locator("textarea[name=reason]");
        var clear = page.Locator("section[aria-label='Clear identifiers']");
        await Assertions.Expect(form).ToHaveCountAsync(1);
        Assert.DoesNotContain(OperationsFixture.ClearAuthor, await page.ContentAsync());

        await form.Locator("button[type=submit]").ClickAsync(); // empty reason: the browser does not submit
        Assert.True(await reason.EvaluateAsync<bool>("e => e.validity.valueMissing"));
        Assert.EndsWith(PostPath, page.Url);
        Assert.Equal(0, await clear.CountAsync());

        const string why = "Browser check: witness statement for case 18/2026";
        await reason.FillAsync(why);
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(clear).ToContainTextAsync(OperationsFixture.ClearAuthor);
        await Assertions.Expect(clear.Locator(".clear-value")).ToContainTextAsync(OperationsFixture.ClearPhone);
        await ChromiumSession.ShotAsync(page, "post-revealed");
        var entry = Assert.Single(await LogAsync(), e => e.Action == "reveal-identifiers" && e.Reason == why);
        Assert.Equal("officer1", entry.User);
    }

    [Fact]
    public async Task OfficerNotAssigned_SeesNoFormAndNoClearIdentifiers()
    {
        var page = await _chromium!.SignedInPageAsync(ops.BaseAddress, "officer2", WebFixture.Password);
        await page.GotoAsync(PostPath);

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("telegram:1001");
        Assert.Equal(0, await page.Locator("form.reveal").CountAsync());
        Assert.DoesNotContain(OperationsFixture.ClearAuthor, await page.ContentAsync());
    }
}
