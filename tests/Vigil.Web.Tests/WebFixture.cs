using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Sqlite;
using Vigil.Testing;
using Vigil.Web.Accounts;
using Vigil.Web.Hosting;

namespace Vigil.Web.Tests;

/// <summary>
/// A real Vigil web app on a loopback port over a real SQLite store with known posts (including hostile
/// ones), and one account per role. Shared by the API, page and browser tests of one collection.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";

    public string Directory { get; } = TestPaths.TempDir("vigil-web");
    public string StorePath => Path.Combine(Directory, "vigil.db");
    public string SecurityPath => VigilWebOptions.SecurityPathFor(StorePath);
    public Uri BaseAddress { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = Clocks.At();
    public string AnalystToken { get; private set; } = "";
    public string DpoToken { get; private set; } = "";
    public string AdminToken { get; private set; } = "";

    public static readonly PostKey ArabicOffer = new("telegram", "1001");
    public static readonly PostKey HostilePost = new("telegram", "666");
    public static readonly PostKey NewsPost = new("rss", "n1");

    public async ValueTask InitializeAsync()
    {
        await using (var store = await SqlitePostStore.OpenAsync(StorePath))
        {
            await store.WriteAsync(SamplePosts.All(), CancellationToken.None);
            await store.CountMinimisedAsync(SamplePosts.Minimised(), CancellationToken.None);
        }

        var users = await UserDirectory.OpenAsync(SecurityPath, Clock, CancellationToken.None);
        foreach (var role in Roles.All)
        {
            await users.AddAsync(role, Password, role, CancellationToken.None);
        }

        AnalystToken = await users.CreateTokenAsync(Roles.Analyst, "tests", CancellationToken.None);
        DpoToken = await users.CreateTokenAsync(Roles.Dpo, "tests", CancellationToken.None);
        AdminToken = await users.CreateTokenAsync(Roles.Admin, "tests", CancellationToken.None);

        App = await VigilWebApp.BuildAsync(new VigilWebOptions(StorePath, SecurityPath, ["http://127.0.0.1:0"]), Clock, CancellationToken.None);
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public HttpClient Client(string? token = null, bool followRedirects = false)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
