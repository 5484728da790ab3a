using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Search;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

/// <summary>
/// Behaviour every post store must have, run against each real database (SQLite file, PostgreSQL
/// database): a subclass only says how to open a fresh, empty store.
/// </summary>
public abstract partial class PostStoreContract : IAsyncLifetime
{
    private IPostStore? _store;

    protected IPostStore Store => _store ?? throw new InvalidOperationException("store not opened");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Opens a fresh, empty store.</summary>
    protected abstract Task<IPostStore> OpenFreshAsync();

    /// <summary>Closes <paramref name="store"/> and removes whatever backs it.</summary>
    protected abstract ValueTask DestroyAsync(IPostStore store);

    public async ValueTask InitializeAsync() => _store = await OpenFreshAsync();

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await DestroyAsync(_store);
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ClaimKeyFingerprint_FirstClaimIsKept_AnotherKeyGetsItBack()
    {
        var first = await Store.ClaimKeyFingerprintAsync("kf_0000000000000001", Ct);
        var same = await Store.ClaimKeyFingerprintAsync("kf_0000000000000001", Ct);
        var other = await Store.ClaimKeyFingerprintAsync("kf_0000000000000002", Ct);

        Assert.Equal("kf_0000000000000001", first);
        Assert.Equal(first, same);
        Assert.Equal(first, other);
    }

    [Fact]
    public async Task ClaimKeyFingerprint_TwoWorkersAtOnce_BothGetTheSameOne()
    {
        await using var other = await OpenAnotherAsync();

        var claims = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? Store : other).ClaimKeyFingerprintAsync($"kf_{i:x16}", Ct)));

        Assert.Single(claims.Distinct());
    }

    [Fact]
    public async Task WriteAsync_NewPosts_CountsThemStored()
    {
        var counts = await Store.WriteAsync(Posts.Multilingual(), Ct);

        Assert.Equal(5, counts.Stored);
        Assert.Equal(0, counts.Duplicates);
        Assert.Equal(5, await Store.CountAsync(Ct));
    }

    [Fact]
    public async Task WriteAsync_SameBatchAgain_CountsDuplicatesAndChangesNothing()
    {
        await Store.WriteAsync(Posts.Multilingual(), Ct);
        var before = await Store.StatsAsync(Ct);

        var again = await Store.WriteAsync(Posts.Multilingual(), Ct);

        Assert.Equal(new Core.Pipeline.WriteCounts(0, 5), again);
        Assert.Equal(5, await Store.CountAsync(Ct));
        Assert.Equivalent(before, await Store.StatsAsync(Ct), strict: true);
        Assert.Single(await Store.SearchAsync("قایق", 10, null, Ct)); // the index holds each post once
    }

    [Fact]
    public async Task WriteAsync_SameKeyTwiceInOneBatch_StoresTheFirstAndCountsTheSecondAsDuplicate()
    {
        var first = Posts.Stored("first version", "dup");
        var second = Posts.Stored("second version", "dup");

        var counts = await Store.WriteAsync([first, second], Ct);

        Assert.Equal(new Core.Pipeline.WriteCounts(1, 1), counts);
        Assert.Equal("first version", (await Store.GetAsync(first.Key, Ct))!.Text);
    }

    [Fact]
    public async Task WriteAsync_SameNativeIdOnTwoPlatforms_StoresBoth()
    {
        var counts = await Store.WriteAsync([Posts.Stored("a", "42", platform: "reddit"), Posts.Stored("b", "42", platform: "x")], Ct);

        Assert.Equal(2, counts.Stored);
    }

    [Fact]
    public async Task GetAsync_StoredPost_RoundTripsEveryField()
    {
        var post = Posts.Multilingual()[0];
        await Store.WriteAsync([post], Ct);

        var read = await Store.GetAsync(post.Key, Ct);

        Assert.NotNull(read);
        Assert.Equal(post.Key, read.Key);
        Assert.Equal(post.Source, read.Source);
        Assert.Equal(post.Author, read.Author);
        Assert.Equal(post.Text, read.Text);
        Assert.Equal(post.LangHint, read.LangHint);
        Assert.Equal(post.CreatedAt, read.CreatedAt);
        Assert.Equal(post.CollectedAt, read.CollectedAt);
        Assert.Equal(post.Url, read.Url);
        Assert.Equal(post.Engagement, read.Engagement);
        Assert.Equal(post.MediaCount, read.MediaCount);
        var a = read.Analysis;
        Assert.NotNull(a);
        Assert.Equal(post.Analysis!.Language, a.Language);
        Assert.Equal(post.Analysis.Category, a.Category);
        Assert.Equal(post.Analysis.Confidence, a.Confidence);
        Assert.Equal(post.Analysis.Scores, a.Scores);
        Assert.Equal(post.Analysis.Explanation, a.Explanation);
        Assert.Equal(post.Analysis.Indicators.Phones, a.Indicators.Phones);
        Assert.Equal(post.Analysis.Indicators.Prices, a.Indicators.Prices);
        Assert.Equal(post.Analysis.Indicators.Places, a.Indicators.Places);
        Assert.Equal(post.Analysis.Indicators.Transport, a.Indicators.Transport);
    }

    [Fact]
    public async Task GetAsync_UnanalysedPostWithoutOptionalFields_RoundTripsNulls()
    {
        var post = new StoredPost { Key = new PostKey("rss", "feed-1"), Text = "plain", CollectedAt = Some.Instant };
        await Store.WriteAsync([post], Ct);

        var read = await Store.GetAsync(post.Key, Ct);

        Assert.NotNull(read);
        Assert.Null(read.Analysis);
        Assert.Null(read.Source);
        Assert.Null(read.CreatedAt);
        Assert.Equal(Engagement.None, read.Engagement);
    }

    [Fact]
    public async Task GetAsync_UnknownKey_ReturnsNull()
    {
        Assert.Null(await Store.GetAsync(new PostKey("telegram", "nope"), Ct));
    }

    [Theory]
    [InlineData("ایران", "إيران")] // Persian yeh vs Arabic yeh and hamza-under alef
    [InlineData("كراچي", "کراچی")] // Arabic kaf/yeh vs Persian keheh/yeh
    [InlineData("رحله", "رحلة")] // teh marbuta
    [InlineData("مُهَرِّب", "مهرب")] // harakat and shadda
    [InlineData("ـــمهرب", "مهرب")] // tatweel
    [InlineData("GRÈCE", "grece")] // case and Latin accents
    [InlineData("ёлка", "елка")] // Russian yo
    [InlineData("٤٥٠٠", "4500")] // Arabic-Indic digits
    [InlineData("۴۵۰۰", "4500")] // Persian digits
    public async Task SearchAsync_VariantSpelling_FindsPost(string stored, string query)
    {
        await Store.WriteAsync([Posts.Stored($"نص {stored} نص", "v1")], Ct);

        var hits = await Store.SearchAsync(query, 10, null, Ct);

        Assert.Equal("v1", Assert.Single(hits).Post.Key.NativeId);
    }

    [Theory]
    [InlineData("اليونان", "ar1")]
    [InlineData("یونان قایق", "fa1")]
    [InlineData("يونان", "fa1")]
    [InlineData("лодке", "ru1")]
    [InlineData("ГРЕЦИЮ", "ru1")]
    [InlineData("grece izmir", "fr1")]
    [InlineData("smugglers", "en1")]
    public async Task SearchAsync_WordInOneLanguage_FindsThatPost(string query, string expectedId)
    {
        await Store.WriteAsync(Posts.Multilingual(), Ct);

        var hits = await Store.SearchAsync(query, 10, null, Ct);

        Assert.Contains(hits, h => h.Post.Key.NativeId == expectedId);
        Assert.All(hits, h => Assert.Contains(h.Snippet.Highlights, _ => true));
    }

    [Fact]
    public async Task SearchAsync_TwoWords_RequiresBoth()
    {
        await Store.WriteAsync([Posts.Stored("boat to greece", "a"), Posts.Stored("boat to italy", "b")], Ct);

        var hits = await Store.SearchAsync("boat greece", 10, null, Ct);

        Assert.Equal("a", Assert.Single(hits).Post.Key.NativeId);
    }

    [Fact]
    public async Task SearchAsync_Phrase_MatchesWordsInOrderOnly()
    {
        await Store.WriteAsync([Posts.Stored("safe trip guaranteed", "a"), Posts.Stored("trip is safe", "b")], Ct);

        var hits = await Store.SearchAsync("\"safe trip\"", 10, null, Ct);

        Assert.Equal("a", Assert.Single(hits).Post.Key.NativeId);
    }

    [Fact]
    public async Task SearchAsync_PrefixAndExclusion_Apply()
    {
        await Store.WriteAsync([Posts.Stored("smuggler offers boat", "a"), Posts.Stored("smuggling is a crime, says police", "b"), Posts.Stored("smugglers' boat", "c")], Ct);

        var hits = await Store.SearchAsync("smuggl* -boat", 10, null, Ct);

        Assert.Equal("b", Assert.Single(hits).Post.Key.NativeId);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("AND OR NOT")]
    [InlineData("NEAR(a b)")]
    [InlineData("body:boat")]
    [InlineData("'; DROP TABLE posts; --")]
    [InlineData("^boat")]
    [InlineData("((((")]
    [InlineData("boat\0greece")]
    [InlineData("\u202E\u200F\uFEFF")]
    [InlineData("!!! ??? ...")]
    [InlineData("a & b | !c <-> d:*")]
    public async Task SearchAsync_HostileQuery_DoesNotThrowAndKeepsTheStore(string query)
    {
        await Store.WriteAsync(Posts.Multilingual(), Ct);

        var hits = await Store.SearchAsync(query, 10, null, Ct);

        Assert.NotNull(hits);
        Assert.Equal(5, await Store.CountAsync(Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("!!! ??? ...")]
    [InlineData("-boat")]
    public async Task SearchAsync_QueryWithoutPositiveWords_ReturnsNoHits(string query)
    {
        await Store.WriteAsync([Posts.Stored("boat", "a")], Ct);

        Assert.Empty(await Store.SearchAsync(query, 10, null, Ct));
    }

    [Fact]
    public async Task SearchAsync_OperatorWordsAndSqlFragments_AreSearchedAsWords()
    {
        await Store.WriteAsync([Posts.Stored("drop table and not near the border", "a"), Posts.Stored("boat", "b")], Ct);

        var hits = await Store.SearchAsync("'; DROP TABLE posts AND NOT NEAR", 10, null, Ct);

        Assert.Empty(hits); // "posts" is not in post a, and nothing was dropped
        Assert.Equal("a", Assert.Single(await Store.SearchAsync("'; DROP TABLE AND NOT NEAR", 10, null, Ct)).Post.Key.NativeId);
        Assert.Equal(2, await Store.CountAsync(Ct));
    }

    [Fact]
    public async Task SearchAsync_Filters_NarrowHits()
    {
        await Store.WriteAsync(
        [
            Posts.Stored("boat greece", "a", platform: "telegram", lang: "en", category: Category.SmugglingOffer, createdAt: Some.Instant),
            Posts.Stored("boat greece", "b", platform: "x", lang: "en", category: Category.HumanitarianOrNews, createdAt: Some.Instant.AddDays(-3)),
            Posts.Stored("boat greece", "c", platform: "telegram", lang: "fr", category: Category.SmugglingOffer, createdAt: Some.Instant.AddDays(2)),
        ], Ct);

        async Task<string[]> Ids(SearchFilters f) => (await Store.SearchAsync("boat", 10, f, Ct)).Select(h => h.Post.Key.NativeId).Order().ToArray();

        Assert.Equal(["a", "c"], await Ids(new SearchFilters { Platform = "telegram" }));
        Assert.Equal(["c"], await Ids(new SearchFilters { Lang = "fr" }));
        Assert.Equal(["b"], await Ids(new SearchFilters { Category = Category.HumanitarianOrNews }));
        Assert.Equal(["a", "b"], await Ids(new SearchFilters { Until = Some.Instant.AddDays(1) }));
        Assert.Equal(["a", "c"], await Ids(new SearchFilters { From = Some.Instant }));
        Assert.Equal(["a"], await Ids(new SearchFilters { Source = "demo_channel", Platform = "telegram", Lang = "en" }));
    }

    [Fact]
    public async Task SearchAsync_Limit_CapsHits()
    {
        await Store.WriteAsync(Enumerable.Range(0, 30).Select(i => Posts.Stored($"boat {i}", $"p{i}")).ToList(), Ct);

        Assert.Equal(7, (await Store.SearchAsync("boat", 7, null, Ct)).Count);
    }

    [Fact]
    public async Task SearchAsync_Hit_SnippetMarksTheMatchedWordInTheStoredSpelling()
    {
        await Store.WriteAsync([Posts.Stored("رحلة آمنة إلى إيران عبر الحدود", "a")], Ct);

        var hit = Assert.Single(await Store.SearchAsync("ایران", 10, null, Ct));

        Assert.Equal("رحلة آمنة إلى [إيران] عبر الحدود", hit.Snippet.Mark("[", "]"));
        Assert.False(double.IsNaN(hit.Rank));
    }

    [Fact]
    public async Task SearchAsync_MoreMatchesRankHigher()
    {
        await Store.WriteAsync([Posts.Stored("boat and more words here to dilute the match a lot", "weak"), Posts.Stored("boat boat boat", "strong")], Ct);

        var hits = await Store.SearchAsync("boat", 10, null, Ct);

        Assert.Equal(["strong", "weak"], hits.Select(h => h.Post.Key.NativeId));
        Assert.True(hits[0].Rank > hits[1].Rank);
    }

    [Fact]
    public async Task StatsAsync_CountsByEveryDimension()
    {
        await Store.WriteAsync(Posts.Multilingual(), Ct);
        await Store.WriteAsync([Posts.Stored("later", "late", createdAt: Some.Instant.AddDays(1)), Posts.Stored("raw", "raw", analysed: false, lang: "tr")], Ct);

        var stats = await Store.StatsAsync(Ct);

        Assert.Equal(7, stats.Total);
        Assert.Contains(new CountBy("telegram", 4), stats.ByPlatform);
        Assert.Contains(new CountBy("vk", 1), stats.ByPlatform);
        Assert.Equal(stats.ByPlatform.OrderByDescending(c => c.Count).Select(c => c.Count), stats.ByPlatform.Select(c => c.Count));
        Assert.Contains(new CountBy("demo_channel", 4), stats.BySource);
        Assert.Contains(new CountBy("(none)", 1), stats.BySource);
        Assert.Contains(new CountBy("ar", 2), stats.ByLanguage);
        Assert.Contains(new CountBy("tr", 1), stats.ByLanguage); // unanalysed: the hint counts
        Assert.Equal([new CountBy("2026-11-02", 6), new CountBy("2026-11-03", 1)], stats.ByDay);
        Assert.Contains(new CountBy("smuggling_offer", 5), stats.ByCategory);
        Assert.Contains(new CountBy("humanitarian_or_news", 1), stats.ByCategory);
        Assert.Contains(new CountBy("unanalysed", 1), stats.ByCategory);
    }

    [Fact]
    public async Task StatsAsync_EmptyStore_IsAllZero()
    {
        var stats = await Store.StatsAsync(Ct);

        Assert.Equal(0, stats.Total);
        Assert.Empty(stats.ByPlatform);
        Assert.Empty(stats.ByDay);
    }

    [Fact]
    public async Task WriteAsync_BatchThatFailsMidway_StoresNothingOfItAndKeepsEarlierBatches()
    {
        await Store.WriteAsync(Posts.Multilingual(), Ct);
        var failing = new FailingList(Enumerable.Range(0, 100).Select(i => Posts.Stored($"boat {i}", $"f{i}")).ToList(), failAt: 60);

        await Assert.ThrowsAsync<IOException>(async () => await Store.WriteAsync(failing, Ct));

        Assert.Equal(5, await Store.CountAsync(Ct));
        Assert.Empty(await Store.SearchAsync("boat", 10, null, Ct));
        var retry = await Store.WriteAsync(failing.Items, Ct);
        Assert.Equal(100, retry.Stored);
    }

    [Fact]
    public async Task WriteAsync_RowRejectedByTheDatabaseMidBatch_RollsBackTheWholeBatch()
    {
        await Store.WriteAsync(Posts.Multilingual(), Ct);
        var batch = Enumerable.Range(0, 100).Select(i => Posts.Stored($"boat {i}", $"r{i}")).ToList();
        batch[60] = batch[60] with { Text = null! }; // a bug upstream: the text column is NOT NULL

        await Assert.ThrowsAnyAsync<Exception>(async () => await Store.WriteAsync(batch, Ct));

        Assert.Equal(5, await Store.CountAsync(Ct));
        Assert.Empty(await Store.SearchAsync("boat", 10, null, Ct));
        Assert.Null(await Store.GetAsync(batch[0].Key, Ct));
    }

    [Fact]
    public async Task WriteAsync_CancelledMidBatch_StoresNothingOfIt()
    {
        using var cts = new CancellationTokenSource();
        var batch = new FailingList(Enumerable.Range(0, 50).Select(i => Posts.Stored($"boat {i}", $"c{i}")).ToList(), failAt: 20, onFail: cts.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await Store.WriteAsync(batch, cts.Token));

        Assert.Equal(0, await Store.CountAsync(Ct));
    }

    /// <summary>A batch whose item at <c>failAt</c> fails like a source that breaks mid-read.</summary>
    private sealed class FailingList(List<StoredPost> items, int failAt, Action? onFail = null) : IReadOnlyList<StoredPost>
    {
        public List<StoredPost> Items => items;

        public int Count => items.Count;

        public StoredPost this[int index]
        {
            get
            {
                if (index == failAt)
                {
                    if (onFail is null)
                    {
                        throw new IOException("the source broke");
                    }

                    onFail();
                }

                return items[index];
            }
        }

        public IEnumerator<StoredPost> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
