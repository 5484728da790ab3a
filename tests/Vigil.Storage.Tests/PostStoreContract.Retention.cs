using Vigil.Core.Analysis;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;
using Vigil.Storage.Retention;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

/// <summary>Minimisation counts and the retention purge, on every store.</summary>
public abstract partial class PostStoreContract
{
    private static MinimisedPost Unrelated(string id, string lang = "en", int day = 2) =>
        new(new PostKey("telegram", id), new DateOnly(2026, 11, day), "telegram", lang, Category.Unrelated);

    [Fact]
    public async Task CountMinimised_NewPosts_CountsByDayPlatformLanguage_AndStoresNoPost()
    {
        var counted = await Store.CountMinimisedAsync([Unrelated("u1"), Unrelated("u2"), Unrelated("u3", "ar"), Unrelated("u4", day: 3)], Ct);

        Assert.Equal(4, counted);
        Assert.Equal(0, await Store.CountAsync(Ct));
        Assert.Equal(
            [
                new MinimisedCount("2026-11-02", "telegram", "ar", "unrelated", 1),
                new MinimisedCount("2026-11-02", "telegram", "en", "unrelated", 2),
                new MinimisedCount("2026-11-03", "telegram", "en", "unrelated", 1),
            ],
            await Store.MinimisedCountsAsync(Ct));
    }

    [Fact]
    public async Task CountMinimised_SamePostsAgain_CountsNothingTwice()
    {
        await Store.CountMinimisedAsync([Unrelated("u1"), Unrelated("u2")], Ct);

        var again = await Store.CountMinimisedAsync([Unrelated("u1"), Unrelated("u2"), Unrelated("u2")], Ct);

        Assert.Equal(0, again);
        Assert.Equal(2, Assert.Single(await Store.MinimisedCountsAsync(Ct)).Posts);
    }

    [Fact]
    public async Task Purge_ExpiredPosts_DeletesThemFromRowsAndSearch_KeepsTheRest()
    {
        var old = Some.Instant.AddDays(-100);
        await Store.WriteAsync(
        [
            Posts.Stored("old humanitarian zebraword", "h-old", category: Category.HumanitarianOrNews) with { CollectedAt = old },
            Posts.Stored("recent humanitarian zebraword", "h-new", category: Category.HumanitarianOrNews),
            Posts.Stored("old offer zebraword", "s-old") with { CollectedAt = old },
        ], Ct);
        var cutoffs = RetentionPolicy.Default.CutoffsAt(Some.Instant);

        var report = await Store.PurgeAsync(cutoffs, dryRun: false, Ct);

        Assert.Equal(1, report.PostsDeletedByCategory["humanitarian_or_news"]);
        Assert.Equal(0, report.PostsDeletedByCategory["smuggling_offer"]); // 730 days for offers
        Assert.Equal((3L, 2L), (report.PostsBefore, report.PostsAfter));
        Assert.Null(await Store.GetAsync(new PostKey("telegram", "h-old"), Ct));
        Assert.Equal(["h-new", "s-old"], (await Store.SearchAsync("zebraword", 10, null, Ct)).Select(h => h.Post.Key.NativeId).Order());
    }

    [Fact]
    public async Task Purge_DryRun_ReportsWithoutDeleting()
    {
        await Store.WriteAsync([Posts.Stored("old request", "r-old", category: Category.MigrantRequest) with { CollectedAt = Some.Instant.AddDays(-91) }], Ct);
        await Store.CountMinimisedAsync([Unrelated("u1")], Ct);

        var report = await Store.PurgeAsync(RetentionPolicy.Default.CutoffsAt(Some.Instant.AddDays(31)), dryRun: true, Ct);

        Assert.True(report.DryRun);
        Assert.Equal(1, report.PostsDeletedByCategory["migrant_request"]);
        Assert.Equal((1L, 0L), (report.PostsBefore, report.PostsAfter));
        Assert.Equal(1, await Store.CountAsync(Ct));
        Assert.Equal(0, await Store.CountMinimisedAsync([Unrelated("u1")], Ct)); // the digest is still there
    }

    [Fact]
    public async Task Purge_OldMinimisedDigests_AreDeletedButCountsStay()
    {
        await Store.CountMinimisedAsync([Unrelated("u1")], Ct); // seen at the store clock (the system clock here)

        var report = await Store.PurgeAsync(RetentionPolicy.Default.CutoffsAt(DateTimeOffset.UnixEpoch.AddYears(200)), dryRun: false, Ct);

        Assert.Equal(1, report.MinimisedIdentitiesDeleted);
        Assert.Equal(1, Assert.Single(await Store.MinimisedCountsAsync(Ct)).Posts);
        Assert.Equal(1, await Store.CountMinimisedAsync([Unrelated("u1")], Ct)); // counted again once forgotten
    }
}
