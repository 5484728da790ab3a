using Vigil.Analysis.Dedup;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Retention;
using Vigil.Storage.Search;
using Vigil.Storage.Sqlite;
using Vigil.Testing;
using Vigil.Web.Data;

namespace Vigil.Web.Tests.Data;

/// <summary>
/// Clusters and networks read from the store's flagged posts (identities, pseudonyms, links, fingerprints)
/// must equal what the whole-post computation gives — the one the dashboard used before, rebuilt here from a
/// full scan — on the demo corpus, and follow corrections and purges without being told.
/// </summary>
public sealed class DashboardQueriesTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string? _path;
    private SqlitePostStore? _store;

    private SqlitePostStore Store => _store!;

    public async ValueTask InitializeAsync()
    {
        _path = await DemoStores.ImportAsync(Ct);
        _store = await SqlitePostStore.OpenAsync(_path, cancellationToken: Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _store!.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
    }

    [Fact]
    public async Task ClustersAndNetworks_DemoCorpus_EqualTheWholePostComputation()
    {
        var queries = new DashboardQueries(Store);

        await AssertEqualToScanAsync(queries);

        Assert.NotEmpty(await queries.NetworksAsync(Ct));
        Assert.True((await queries.DedupStateAsync(Ct)) is { Ready: true, Stale: false, Clusters: > 0 });
    }

    [Fact]
    public async Task Networks_NeverHoldAMigrantRequestAuthor()
    {
        var migrants = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var post in Store.ScanAsync(SearchFilters.None, Ct))
        {
            if (post.Analysis?.Category == Category.MigrantRequest && post.Author is not null && !await AlsoFlaggedAsync(post.Key.Platform, post.Author))
            {
                migrants.Add(post.Key.Platform + ":" + post.Author);
            }
        }

        var networks = await new DashboardQueries(Store).NetworksAsync(Ct);

        Assert.NotEmpty(migrants);
        Assert.DoesNotContain(networks.SelectMany(n => n.Accounts), migrants.Contains);
    }

    [Fact]
    public async Task Correction_ToMigrantRequest_TakesTheAccountOutOfItsNetwork_WithoutInvalidate()
    {
        var queries = new DashboardQueries(Store);
        var network = (await queries.NetworksAsync(Ct)).First(n => n.Size == 2);
        var account = network.Accounts[0];
        var keys = new List<PostKey>();
        await foreach (var post in Store.ScanAsync(SearchFilters.None, Ct))
        {
            if (post.Key.Platform + ":" + post.Author == account)
            {
                keys.Add(post.Key);
            }
        }

        foreach (var key in keys)
        {
            Assert.NotNull(await Store.AddLabelAsync(key.ToString(), Category.MigrantRequest, "analyst", "asks for help", Clocks.At(), Ct));
        }

        Assert.DoesNotContain(account, (await queries.NetworksAsync(Ct)).SelectMany(n => n.Accounts));
        await AssertEqualToScanAsync(queries);
    }

    [Fact]
    public async Task Purge_TakesPurgedPostsOutOfClusters()
    {
        var queries = new DashboardQueries(Store);
        Assert.NotEmpty(await queries.ClustersAsync(100, 1, Ct));

        // Everything but smuggling offers is past its limit ten years on; offers stay.
        var cutoffs = RetentionPolicy.Default.CutoffsAt(Some.Instant.AddDays(3650));
        var offers = new Dictionary<string, DateTimeOffset>(cutoffs.PostsByCategory, StringComparer.Ordinal) { ["smuggling_offer"] = DateTimeOffset.MinValue };
        await Store.PurgeAsync(cutoffs with { PostsByCategory = offers }, dryRun: false, Ct);

        var (clusters, _) = await AssertEqualToScanAsync(queries);
        Assert.NotEmpty(clusters);
    }

    private async Task<bool> AlsoFlaggedAsync(string platform, string author)
    {
        await foreach (var post in Store.ScanAsync(new SearchFilters { Platform = platform }, Ct))
        {
            if (post.Author == author && post.Analysis?.Category.IsFlagged() == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The computation the dashboard did before summaries: every stored post read whole.</summary>
    private async Task<(IReadOnlyList<NearDuplicateCluster> Clusters, IReadOnlyList<AccountNetwork> Networks)> ExpectedAsync()
    {
        var posts = new List<StoredPost>();
        await foreach (var post in Store.ScanAsync(SearchFilters.None, Ct))
        {
            posts.Add(post);
        }

        var clusters = new ClusterBuilder().Build(posts.Where(p => p.Analysis?.Category.IsFlagged() == true)
            .Select(p => new FingerprintedPost(p.Key.ToString(), SimHash.Compute(PseudonymTokens.Strip(p.Text)), p.CreatedAt ?? p.CollectedAt, p.Analysis!.Category)));
        var clusterOf = clusters.SelectMany(c => c.Members.Select(m => (m.Key, c.Id))).ToDictionary(x => x.Key, x => x.Id);
        var networks = new NetworkBuilder().Build(posts.Where(p => p.Author is not null && p.Analysis is not null)
            .Select(p => new AccountActivity(p.Key.Platform + ":" + p.Author, p.Key.Platform, p.Analysis!.Language.Code, p.CreatedAt ?? p.CollectedAt, p.Analysis.Category,
                [.. p.Analysis.Indicators.Phones.Select(ph => "phone:" + ph.E164), .. p.Analysis.Indicators.Handles.Select(h => h.Platform + ":" + h.Value)],
                clusterOf.GetValueOrDefault(p.Key.ToString()))));
        return (clusters, networks);
    }

    private async Task<(IReadOnlyList<ClusterView> Clusters, IReadOnlyList<AccountNetwork> Networks)> AssertEqualToScanAsync(DashboardQueries queries)
    {
        var (expectedClusters, expectedNetworks) = await ExpectedAsync();
        var clusters = await queries.ClustersAsync(int.MaxValue, int.MaxValue, Ct);
        var networks = await queries.NetworksAsync(Ct);

        Assert.Equal(expectedClusters.Select(c => (c.Id, c.Members.Count, c.FirstSeen, c.LastSeen)), clusters.Select(c => (c.Id, c.Size, c.FirstSeen, c.LastSeen)));
        Assert.Equal(expectedClusters.Select(c => c.Members.Select(m => m.Key)), clusters.Select(c => c.Posts.Select(p => p.Key.ToString())));
        Assert.Equal(expectedNetworks.Count, networks.Count);
        for (var i = 0; i < networks.Count; i++)
        {
            var (e, a) = (expectedNetworks[i], networks[i]);
            Assert.Equal((e.Id, e.FirstSeen, e.LastSeen), (a.Id, a.FirstSeen, a.LastSeen));
            Assert.Equal(e.Accounts, a.Accounts);
            Assert.Equal(e.SharedLinks, a.SharedLinks);
            Assert.Equal(e.Platforms, a.Platforms);
            Assert.Equal(e.Languages, a.Languages);
        }

        return (clusters, networks);
    }
}
