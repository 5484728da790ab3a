using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Reports.Trends;
using Vigil.Storage.Retention;
using Vigil.Storage.Search;
using Vigil.Storage.Summaries;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

/// <summary>
/// The dashboard summaries on every store: what the store keeps as posts are written, corrected and purged
/// must equal what the in-memory computation (<see cref="TrendsCalculator"/>) gives from the stored posts.
/// </summary>
public abstract partial class PostStoreContract
{
    /// <summary>Corrects a stored post's category the way analysts do (the dashboard and `vigil label`): a label, and the stored category follows it.</summary>
    private async Task CorrectAsync(PostKey key, Category category) =>
        Assert.NotNull(await Labels.AddLabelAsync(key.ToString(), category, "analyst", "test", Clocks.At(), Ct));

    /// <summary>Turns the store into one written before the summaries existed: their migration undone, their tables gone.</summary>
    protected abstract Task UndoSummaryMigrationAsync();

    /// <summary>Turns the store into one written by the Vigil that had trend summaries but no post links yet.</summary>
    protected abstract Task UndoLinksMigrationAsync();

    /// <summary>Opens a second instance on the same store, as a second import worker would.</summary>
    protected abstract Task<IPostStore> OpenAnotherAsync();

    /// <summary>Closes the store and opens it again (migrating it), as a newer Vigil would.</summary>
    protected abstract Task<IPostStore> ReopenAsync(IPostStore store);

    [Fact]
    public async Task TrendSummary_DemoCorpus_EqualsTheInMemoryTrends()
    {
        await WriteDemoAsync();

        var trends = await AssertSummaryMatchesPostsAsync();

        Assert.NotEmpty(trends.Prices);
        Assert.NotEmpty(trends.TopRoutes);
        Assert.True(trends.ByCategory.Count > 10);
    }

    [Fact]
    public async Task TrendSummary_TwoWritersAtOnce_CountEachPostOnce()
    {
        var posts = await DemoPosts.AllAsync();
        var middle = posts.Count / 2;
        await using var other = await OpenAnotherAsync();

        // Overlapping halves in opposite orders: the shared summary rows are reached in different orders.
        var results = await Task.WhenAll(
            WriteAllAsync(Store, [.. posts.Take(middle + 100)]),
            WriteAllAsync(other, [.. posts.Skip(middle - 100).Reverse()]));

        var trends = await AssertSummaryMatchesPostsAsync();
        Assert.Equal(posts.Count, results.Sum());
        Assert.Equal(posts.Count, trends.ByPlatform.Sum(c => c.Count));
    }

    private static async Task<int> WriteAllAsync(IPostStore store, IReadOnlyList<StoredPost> posts)
    {
        var stored = 0;
        foreach (var batch in posts.Chunk(250))
        {
            stored += (await store.WriteAsync(batch, Ct)).Stored;
        }

        return stored;
    }

    [Fact]
    public async Task TrendSummary_DemoImportedTwice_CountsEachPostOnce()
    {
        var posts = await WriteDemoAsync();
        var once = await AssertSummaryMatchesPostsAsync();

        var again = await Store.WriteAsync(posts, Ct);

        Assert.Equal(0, again.Stored);
        AssertSameTrends(once, SummaryTrends.From(await Store.TrendSummaryAsync(Ct)));
        Assert.Equal(posts.Count, once.ByPlatform.Sum(c => c.Count));
    }

    [Fact]
    public async Task TrendSummary_AfterCorrections_FollowsTheNewCategories()
    {
        var posts = await WriteDemoAsync();
        var before = SummaryTrends.From(await Store.TrendSummaryAsync(Ct));
        var routed = posts.Where(p => p.Analysis?.Category.IsFlagged() == true && p.Analysis.Indicators.Prices.Count > 0 && TrendsCalculator.RouteOf(p.Analysis.Indicators) is not null).Take(15).ToList();
        var news = posts.Where(p => p.Analysis?.Category == Category.HumanitarianOrNews).Take(5).ToList();

        foreach (var post in routed)
        {
            await CorrectAsync(post.Key, Category.HumanitarianOrNews); // an advert that was news after all
        }

        foreach (var post in news)
        {
            await CorrectAsync(post.Key, Category.SmugglingOffer);
        }

        await CorrectAsync(routed[0].Key, Category.DocumentFraud); // corrected twice: only the last counts
        var after = await AssertSummaryMatchesPostsAsync();
        Assert.NotEqual(before.TopRoutes.Sum(r => r.Adverts), after.TopRoutes.Sum(r => r.Adverts));
    }

    [Fact]
    public async Task TrendSummary_AfterPurge_CountsOnlyWhatIsLeft()
    {
        var demo = await DemoPosts.AllAsync();
        var posts = demo.Select((p, i) => i % 3 == 0 ? p with { CollectedAt = Some.Instant.AddDays(-400) } : p).ToList();
        await WriteAsync(posts);
        var cutoffs = new RetentionCutoffs(
            Categories.All.Select(c => c.ToWire()).ToDictionary(c => c, _ => Some.Instant.AddDays(-200), StringComparer.Ordinal),
            Some.Instant.AddDays(-30),
            Some.Instant.AddDays(-30));

        var report = await Store.PurgeAsync(cutoffs, dryRun: false, Ct);

        Assert.Equal(posts.Count / 3 + (posts.Count % 3 == 0 ? 0 : 1), report.PostsDeleted);
        var trends = await AssertSummaryMatchesPostsAsync();
        Assert.Equal(report.PostsAfter, trends.ByCategory.Sum(c => c.Count));
    }

    [Fact]
    public async Task TrendSummary_PurgeOfEverything_LeavesEmptySummaries()
    {
        await WriteAsync((await DemoPosts.AllAsync()).Select(p => p with { CollectedAt = Some.Instant.AddDays(-4000) }).ToList());

        await Store.PurgeAsync(RetentionPolicy.Default.CutoffsAt(Some.Instant), dryRun: false, Ct);

        var summary = await Store.TrendSummaryAsync(Ct);
        Assert.Equal(0, await Store.CountAsync(Ct));
        Assert.Empty(summary.Counts);
        Assert.Empty(summary.Routes);
        Assert.Empty(summary.Prices);
        Assert.Empty(summary.PriceAdverts);
    }

    [Fact]
    public async Task TrendSummary_OlderStoreOpenedByThisVigil_IsBuiltOnceOnOpening()
    {
        var posts = await WriteDemoAsync();
        await UndoSummaryMigrationAsync();

        _store = await ReopenAsync(Store);
        var builtFirst = SummariesBuilt(Store);
        var trends = await AssertSummaryMatchesPostsAsync();
        _store = await ReopenAsync(Store);

        Assert.Equal(posts.Count, builtFirst);
        Assert.Equal(0, SummariesBuilt(Store)); // once
        AssertSameTrends(trends, SummaryTrends.From(await Store.TrendSummaryAsync(Ct)));
    }

    [Fact]
    public async Task TrendSummary_UnanalysedAndUnrelatedPosts_CountInVolumesButNotRoutes()
    {
        await Store.WriteAsync(
        [
            Posts.Stored("no analysis", "n1") with { Analysis = null, LangHint = "fa" },
            Posts.Stored("kept unrelated", "u1", category: Category.Unrelated),
            Posts.Stored("offer", "s1"),
        ], Ct);

        var trends = await AssertSummaryMatchesPostsAsync();

        Assert.Contains(trends.ByCategory, c => c.Series == "unanalysed" && c.Count == 1);
        Assert.Contains(trends.ByLanguage, c => c.Series == "fa" && c.Count == 1);
        Assert.Equal(3, trends.ByPlatform.Sum(c => c.Count));
    }

    [Fact]
    public async Task FlaggedForDedup_DemoCorpus_GivesFlaggedPostsOnly_WithTheirLinks()
    {
        var posts = await WriteDemoAsync();

        var inputs = await DedupInputsAsync();

        var flagged = posts.Where(p => p.Analysis?.Category.IsFlagged() == true).ToDictionary(p => p.Key);
        Assert.Equal(flagged.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal), inputs.Select(i => i.Key.ToString()).Order(StringComparer.Ordinal));
        Assert.Contains(inputs, i => i.Links.Count > 1);
        foreach (var input in inputs)
        {
            var post = flagged[input.Key];
            Assert.Equal((post.Author, post.Analysis!.Language.Code, post.CreatedAt ?? post.CollectedAt, post.Analysis.Category, post.Text),
                (input.Author, input.Lang, input.Seen, input.Category, input.Text));
            Assert.Equal(PostFacts.LinksOf(post.Analysis.Indicators), input.Links);
        }
    }

    [Fact]
    public async Task FlaggedForDedup_StoreWithTrendSummariesButNoLinks_GetsItsLinksOnOpening()
    {
        await WriteDemoAsync();
        var expected = await DedupInputsAsync();
        await UndoLinksMigrationAsync();

        _store = await ReopenAsync(Store);

        Assert.Equal(0, SummariesBuilt(Store)); // the facts were there already
        var rebuilt = await DedupInputsAsync();
        Assert.Equal(expected.Count, rebuilt.Count);
        Assert.Equal(expected.SelectMany(i => i.Links), rebuilt.SelectMany(i => i.Links));
        Assert.Contains(rebuilt, i => i.Links.Count > 0);
    }

    [Fact]
    public async Task SummaryChanges_MoveOnNewPostsCorrectionsAndPurges_NotOnDuplicates()
    {
        var posts = await WriteDemoAsync();
        var written = await Store.SummaryChangesAsync(Ct);

        await WriteAsync(posts);
        var afterDuplicates = await Store.SummaryChangesAsync(Ct);
        var offer = posts.First(p => p.Analysis?.Category == Category.SmugglingOffer);
        await CorrectAsync(offer.Key, Category.MigrantRequest);
        var afterCorrection = await Store.SummaryChangesAsync(Ct);
        var inputs = await DedupInputsAsync();
        await Store.PurgeAsync(RetentionPolicy.Default.CutoffsAt(Some.Instant.AddDays(5000)), dryRun: false, Ct);

        Assert.True(written > 0);
        Assert.Equal(written, afterDuplicates);
        Assert.True(afterCorrection > afterDuplicates);
        Assert.DoesNotContain(inputs, i => i.Key == offer.Key); // a migrant request is never read for networks
        Assert.True(await Store.SummaryChangesAsync(Ct) > afterCorrection);
        Assert.Empty(await DedupInputsAsync());
    }

    private async Task<List<DedupInput>> DedupInputsAsync()
    {
        var inputs = new List<DedupInput>();
        await foreach (var input in Store.FlaggedForDedupAsync(Ct))
        {
            inputs.Add(input);
        }

        return inputs;
    }

    private static long SummariesBuilt(IPostStore store) => store switch
    {
        Vigil.Storage.Sqlite.SqlitePostStore s => s.SummariesBuilt,
        Vigil.Storage.Postgres.PostgresPostStore p => p.SummariesBuilt,
        _ => throw new InvalidOperationException("unknown store"),
    };

    private async Task<IReadOnlyList<StoredPost>> WriteDemoAsync()
    {
        var posts = await DemoPosts.AllAsync();
        await WriteAsync(posts);
        return posts;
    }

    private async Task WriteAsync(IReadOnlyList<StoredPost> posts)
    {
        foreach (var batch in posts.Chunk(500))
        {
            await Store.WriteAsync(batch, Ct);
        }
    }

    /// <summary>Asserts the store's summaries give the trends computed in memory from its posts; returns them.</summary>
    private async Task<TrendsView> AssertSummaryMatchesPostsAsync()
    {
        var stored = new List<StoredPost>();
        await foreach (var post in Store.ScanAsync(SearchFilters.None, Ct))
        {
            stored.Add(post);
        }

        var expected = TrendsCalculator.Calculate(stored);
        var actual = SummaryTrends.From(await Store.TrendSummaryAsync(Ct));
        AssertSameTrends(expected, actual);
        return actual;
    }

    private static void AssertSameTrends(TrendsView expected, TrendsView actual)
    {
        Assert.Equal(expected.Weeks, actual.Weeks);
        Assert.Equal(expected.ByCategory, actual.ByCategory);
        Assert.Equal(expected.ByLanguage, actual.ByLanguage);
        Assert.Equal(expected.ByPlatform, actual.ByPlatform);
        Assert.Equal(expected.Prices, actual.Prices);
        Assert.Equal(expected.TopRoutes, actual.TopRoutes);
        Assert.Equal(expected.NewRoutes, actual.NewRoutes);
        Assert.Equal(expected.TopDestinations, actual.TopDestinations);
    }
}
