using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;
using Vigil.Core.Analysis;
using Vigil.Core.Operations;
using Vigil.Core.Posts;
using Vigil.Storage.Operations;
using Vigil.Storage.Sqlite;
using Vigil.Testing;
using Vigil.Web.Accounts;
using Vigil.Web.Hosting;

namespace Vigil.Web.Tests.Operations;

/// <summary>
/// The web app over a store with two operations: <c>aegean</c> (active on the fake clock's day, officer1
/// assigned, keeps the clear identifiers of <see cref="WebFixture.ArabicOffer"/>) and <c>ended</c>
/// (October, officer1 assigned, keeps those of <see cref="EndedPost"/>). officer2 is assigned to neither.
/// </summary>
public class OperationsFixture : IAsyncLifetime
{
    public const string ClearAuthor = "@kaptan_clear_handle";
    public const string ClearPhone = "+90 532 111 22 33";

    public static readonly PostKey EndedPost = new("facebook", "2002");

    public string Directory { get; } = TestPaths.TempDir("vigil-web-ops");
    public string StorePath => Path.Combine(Directory, "vigil.db");
    public string SecurityPath => VigilWebOptions.SecurityPathFor(StorePath);
    public VigilAppFactory Factory { get; private set; } = null!;
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = Clocks.At();
    public Dictionary<string, string> Tokens { get; } = [];

    public async ValueTask InitializeAsync()
    {
        await using (var store = await SqlitePostStore.OpenAsync(StorePath))
        {
            await store.WriteAsync(SamplePosts.All(), CancellationToken.None);
        }

        var users = await UserDirectory.OpenAsync(SecurityPath, Clock, CancellationToken.None);
        foreach (var (name, role) in new[] { ("analyst1", Roles.Analyst), ("officer1", Roles.OperationOfficer), ("officer2", Roles.OperationOfficer), ("dpo1", Roles.Dpo), ("admin1", Roles.Admin) })
        {
            await users.AddAsync(name, WebFixture.Password, role, CancellationToken.None);
            Tokens[name] = await users.CreateTokenAsync(name, "tests", CancellationToken.None);
        }

        var key = RandomNumberGenerator.GetBytes(OperationVaults.KeyLength);
        var register = await OperationRegister.OpenAsync(SecurityPath, Clock, CancellationToken.None);
        var vaults = new OperationVaults(OperationVaults.FolderFor(StorePath), key);
        var aegean = await CreateAsync(register, "aegean", Some.Instant.AddDays(-1), Some.Instant.AddDays(29));
        var ended = await CreateAsync(register, "ended", Some.Instant.AddDays(-40), Some.Instant.AddDays(-10));
        await vaults.SinkFor(aegean).WriteAsync([Record(WebFixture.ArabicOffer)], CancellationToken.None);
        await vaults.SinkFor(ended).WriteAsync([Record(EndedPost)], CancellationToken.None);

        Factory = new VigilAppFactory(new VigilWebOptions(StorePath, SecurityPath, ["http://127.0.0.1:0"]) { OperationsKey = key }, Clock);
        Start(Factory);
    }

    /// <summary>Starts the app: in memory here; on Kestrel in <see cref="OperationsBrowserFixture"/>.</summary>
    protected virtual void Start(VigilAppFactory factory) => _ = factory.Server;

    private static async Task<Operation> CreateAsync(OperationRegister register, string name, DateTimeOffset from, DateTimeOffset until)
    {
        var (operation, error) = await register.CreateAsync(
            new OperationDraft(name, "court order 1/2026", "identify the organisers", "national police", from, until, ["officer1"]), "dpo1", CancellationToken.None);
        return operation ?? throw new InvalidOperationException(error);
    }

    private static ClearRecord Record(PostKey key) => new()
    {
        Key = key,
        Category = Category.SmugglingOffer,
        CollectedAt = Some.Instant,
        Author = ClearAuthor,
        Url = "https://t.me/kaptan_clear_handle/1001",
        Text = $"Safe trips from Izmir, WhatsApp {ClearPhone}",
        Identifiers = [new ClearIdentifier("[phone:TR:ps_00aa11bb22cc33dd]", "phone", ClearPhone)],
    };

    public HttpClient Client(string? token = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("http://127.0.0.1") });
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

/// <summary>The same operations and store as <see cref="OperationsFixture"/> on Kestrel at a free loopback port, for a real browser.</summary>
public sealed class OperationsBrowserFixture : OperationsFixture
{
    public Uri BaseAddress { get; private set; } = null!;

    protected override void Start(VigilAppFactory factory) => BaseAddress = factory.StartOnLoopback();
}
