using Vigil.Core.Posts;
using Vigil.Reports.Rendering;
using Vigil.Reports.Strategic;
using Vigil.Storage.Search;
using Vigil.Storage.Sqlite;
using Vigil.Testing;

namespace Vigil.Reports.Tests;

/// <summary>
/// The demo corpus imported once into a real SQLite store through the real pipeline, every stored post read
/// back, and the strategic report of the demo window built and rendered from that store.
/// </summary>
public sealed class DemoReport : IAsyncLifetime
{
    /// <summary>The demo corpus' window (data/demo/README.md): 2026-08-28 to 2026-11-20, exclusive.</summary>
    public static readonly ReportRequest Request = new(new DateOnly(2026, 8, 28), new DateOnly(2026, 11, 19), SyntheticData: true);

    public string StorePath { get; private set; } = "";

    public IReadOnlyList<StoredPost> Posts { get; private set; } = [];

    /// <summary>Unrelated posts, counted at import and not stored (minimisation).</summary>
    public IReadOnlyList<Vigil.Storage.MinimisedCount> Minimised { get; private set; } = [];

    public StrategicReport Report { get; private set; } = null!;

    public string Html { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        StorePath = await DemoStores.ImportAsync(TestContext.Current.CancellationToken);
        await using var store = await SqlitePostStore.OpenAsync(StorePath, new SqliteStoreOptions { ReadOnly = true });
        var posts = new List<StoredPost>();
        await foreach (var post in store.ScanAsync(SearchFilters.None, TestContext.Current.CancellationToken))
        {
            posts.Add(post);
        }

        Posts = posts;
        Minimised = await store.MinimisedCountsAsync(TestContext.Current.CancellationToken);
        Report = await new StrategicReportBuilder(Clocks.At()).BuildAsync(store.ScanAsync(SearchFilters.None, TestContext.Current.CancellationToken), Minimised, Request, "analyst.one", ClassifierManifest.LoadEmbedded(), TestContext.Current.CancellationToken);
        Html = ReportHtml.Render(Report);
        Directory.CreateDirectory(Path.Combine(TestPaths.RepoRoot, "artifacts"));
        await File.WriteAllTextAsync(Path.Combine(TestPaths.RepoRoot, "artifacts", "demo-strategic-report.html"), Html);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
