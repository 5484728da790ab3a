using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Vigil.Core.Posts;
using Vigil.Storage.Postgres;
using Vigil.Testing;
using Vigil.Web.Accounts;
using Vigil.Web.Hosting;

namespace Vigil.Web.Tests.Hosting;

/// <summary>The web app over a team's PostgreSQL store (a real server): the same sample posts as <see cref="WebFixture"/>.</summary>
public sealed class PostgresWebFixture : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public string SidePath { get; } = Path.Combine(TestPaths.TempDir("vigil-web-pg"), "store");
    public string ConnectionString => _database.ConnectionString;
    public VigilAppFactory Factory { get; private set; } = null!;
    public string AnalystToken { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        await using (var store = await PostgresPostStore.OpenAsync(_database.ConnectionString))
        {
            await store.WriteAsync(SamplePosts.All(), CancellationToken.None);
        }

        var security = VigilWebOptions.SecurityPathFor(SidePath);
        var clock = Clocks.At();
        var users = await UserDirectory.OpenAsync(security, clock, CancellationToken.None);
        await users.AddAsync(Roles.Analyst, WebFixture.Password, Roles.Analyst, CancellationToken.None);
        AnalystToken = await users.CreateTokenAsync(Roles.Analyst, "tests", CancellationToken.None);
        Factory = new VigilAppFactory(new VigilWebOptions(SidePath, security, ["http://127.0.0.1:0"]) { PostgresConnection = _database.ConnectionString }, clock);
        _ = Factory.Server;
    }

    /// <summary>A client with the analyst's API token.</summary>
    public HttpClient Client()
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://127.0.0.1") });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AnalystToken);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}

public sealed class PostgresServeTests(PostgresWebFixture web) : IClassFixture<PostgresWebFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
    }

    [Fact]
    public async Task PostsAndSearch_AreServedFromPostgres()
    {
        var posts = await Json(await web.Client().GetAsync("/api/v1/posts", Ct));
        var search = await Json(await web.Client().GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("اليونان"), Ct));

        Assert.True(posts.GetProperty("items").GetArrayLength() > 0);
        Assert.Contains(search.GetProperty("items").EnumerateArray(), h => h.GetProperty("nativeId").GetString() == WebFixture.ArabicOffer.NativeId);
    }

    [Fact]
    public async Task Label_CorrectsTheCategoryInPostgresWithWhoAndWhen()
    {
        var response = await web.Client().PostAsJsonAsync("/api/v1/labels", new { platform = "telegram", nativeId = "3003", category = "document_fraud" }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var store = await PostgresPostStore.OpenAsync(web.ConnectionString, cancellationToken: Ct);
        var label = Assert.Single(await store.LabelHistoryAsync(new PostKey("telegram", "3003"), Ct));
        Assert.Equal((Core.Analysis.Category.DocumentFraud, Roles.Analyst), (label.Category, label.By));
        Assert.Equal(Core.Analysis.Category.DocumentFraud, (await store.GetAsync(new PostKey("telegram", "3003"), Ct))!.Analysis!.Category);
    }
}
