using System.Text.RegularExpressions;
using Vigil.Web.Accounts;

namespace Vigil.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public sealed class TrendsMinimisationTests(WebFixture web)
{
    [Fact]
    public async Task Trends_MinimisedPosts_ShowsTheirCountsByPlatformLanguageAndDay()
    {
        var session = await PageSession.SignInAsync(web, Roles.Analyst);

        var html = await session.Client.GetStringAsync("/trends", TestContext.Current.CancellationToken);

        Assert.Contains("Unrelated posts (counted, not stored)", html);
        Assert.Contains("only these counts are: 4 in all", html);
        Assert.Matches(new Regex(@"<td>telegram</td><td>en</td><td>3</td>"), html);
        Assert.Matches(new Regex(@"<td>2026-10-31</td><td>2</td>"), html);
    }
}
