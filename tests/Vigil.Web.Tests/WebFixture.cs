using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Vigil.Core.Posts;
using Vigil.Storage.Sqlite;
using Vigil.Testing;
using Vigil.Web.Accounts;
using Vigil.Web.Hosting;

namespace Vigil.Web.Tests;

/// <summary>
/// The Vigil web app (through <see cref="VigilAppFactory"/>, in memory) over a real SQLite store with known
/// posts (including hostile ones), and one account and API token per role. Shared by the API and page
/// tests of one collection; <see cref="BrowserFixture"/> serves the same on a real loopback port.
/// </summary>
public class WebFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";

    /// <summary>Small limits, so that tests reach them cheaply.</summary>
    public static readonly ApiLimits Limits = new() { MaxAnalyzeBodyBytes = 256 * 1024, MaxAnalyzePosts = 20, AnalyzeRequestsPerMinute = 30, MaxExportRows = 1000 };

    public string Directory { get; } = TestPaths.TempDir("vigil-web");
    public string StorePath => Path.Combine(Directory, "vigil.db");
    public string SecurityPath => VigilWebOptions.SecurityPathFor(StorePath);
    public VigilAppFactory Factory { get; private set; } = null!;
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = Clocks.At();
    public string AnalystToken { get; private set; } = "";
    public string OfficerToken { get; private set; } = "";
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
        OfficerToken = await users.CreateTokenAsync(Roles.OperationOfficer, "tests", CancellationToken.None);
        DpoToken = await users.CreateTokenAsync(Roles.Dpo, "tests", CancellationToken.None);
        AdminToken = await users.CreateTokenAsync(Roles.Admin, "tests", CancellationToken.None);

        Factory = new VigilAppFactory(new VigilWebOptions(StorePath, SecurityPath, ["http://127.0.0.1:0"]) { Limits = Limits }, Clock);
        await StartAsync(Factory);
    }

    /// <summary>Starts the app: in memory here; on Kestrel in <see cref="BrowserFixture"/>.</summary>
    protected virtual Task StartAsync(VigilAppFactory factory)
    {
        _ = factory.Server;
        return Task.CompletedTask;
    }

    /// <summary>The API token of an account with this role.</summary>
    public string TokenFor(string role) => role switch
    {
        Roles.Analyst => AnalystToken,
        Roles.OperationOfficer => OfficerToken,
        Roles.Dpo => DpoToken,
        Roles.Admin => AdminToken,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "no such role"),
    };

    /// <summary>A client that keeps cookies, optionally sends a bearer token, and does not follow redirects unless asked.</summary>
    public HttpClient Client(string? token = null, bool followRedirects = false)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true, BaseAddress = new Uri("http://127.0.0.1") });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same app as <see cref="WebFixture"/> on Kestrel at a free loopback port, for a real browser.</summary>
public sealed class BrowserFixture : WebFixture
{
    public Uri BaseAddress { get; private set; } = null!;

    protected override Task StartAsync(VigilAppFactory factory)
    {
        BaseAddress = factory.StartOnLoopback();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
