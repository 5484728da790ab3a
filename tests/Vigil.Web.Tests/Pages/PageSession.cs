using System.Net;
using System.Text.RegularExpressions;

namespace Vigil.Web.Tests.Pages;

/// <summary>A browser-like HTTP session: keeps cookies and posts forms with their antiforgery token.</summary>
public sealed partial class PageSession(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static async Task<PageSession> SignInAsync(WebFixture web, string user, string password = WebFixture.Password)
    {
        var session = new PageSession(web.Client());
        var response = await session.PostFormAsync("/login", new() { ["name"] = user, ["password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {user} failed: {response.StatusCode}");
        }

        return session;
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await Client.GetStringAsync(formPage ?? path);
        var token = Token().Match(page);
        if (token.Success)
        {
            fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        return await Client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
