using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Labels;
using Vigil.Storage.Retention;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

/// <summary>Analysts' corrections (<see cref="ILabelStore"/>) on every store.</summary>
public abstract partial class PostStoreContract
{
    private ILabelStore Labels => (ILabelStore)Store;

    [Fact]
    public async Task AddLabel_KnownPost_StoresWhoWhenWhyAndUpdatesTheCategory()
    {
        await Store.WriteAsync([Posts.Stored("رحلة بحرية آمنة", "1", category: Category.Unrelated)], Ct);
        var clock = Clocks.At();

        var label = await Labels.AddLabelAsync("telegram:1", Category.SmugglingOffer, "alice", "journey advert", clock, Ct);

        Assert.NotNull(label);
        Assert.Equal(new PostKey("telegram", "1"), label.Post);
        Assert.Equal(Category.Unrelated, label.Previous);
        Assert.Equal(("alice", "journey advert", clock.GetUtcNow()), (label.By, label.Reason, label.At));
        var stored = await Store.GetAsync(new PostKey("telegram", "1"), Ct);
        Assert.Equal(Category.SmugglingOffer, stored!.Analysis!.Category);
        Assert.Equal(label, Assert.Single(await Labels.LabelHistoryAsync(new PostKey("telegram", "1"), Ct)));
    }

    [Fact]
    public async Task AddLabel_UnknownPost_ReturnsNullAndStoresNothing()
    {
        await Store.WriteAsync([Posts.Stored("text", "1")], Ct);

        Assert.Null(await Labels.AddLabelAsync("telegram:404", Category.Unrelated, "alice", null, Clocks.At(), Ct));
        Assert.Null(await Labels.AddLabelAsync("not-an-id", Category.Unrelated, "alice", null, Clocks.At(), Ct));
        Assert.Empty(await Labels.LatestLabelsAsync(Ct));
    }

    [Fact]
    public async Task LatestLabels_SeveralCorrections_KeepsEveryOneButTrainsOnTheNewest()
    {
        await Store.WriteAsync([Posts.Stored("UNHCR warns about smugglers' prices", "7")], Ct);
        var clock = Clocks.At();
        await Labels.AddLabelAsync("telegram:7", Category.SmugglingOffer, "alice", null, clock, Ct);
        clock.Advance(TimeSpan.FromMinutes(5));
        await Labels.AddLabelAsync("telegram:7", Category.HumanitarianOrNews, "bob", "NGO warning", clock, Ct);

        var history = await Labels.LabelHistoryAsync(new PostKey("telegram", "7"), Ct);
        var latest = Assert.Single(await Labels.LatestLabelsAsync(Ct));

        Assert.Equal(["alice", "bob"], history.Select(h => h.By));
        Assert.Equal(Category.SmugglingOffer, history[1].Previous);
        Assert.Equal(Category.HumanitarianOrNews, latest.Label.Category);
        Assert.Equal("UNHCR warns about smugglers' prices", latest.Text);
    }

    [Fact]
    public async Task AddLabel_ByRowId_FindsThePost()
    {
        await Store.WriteAsync([Posts.Stored("text", "abc")], Ct);

        var label = await Labels.AddLabelAsync("1", Category.GuidanceInfo, "alice", null, Clocks.At(), Ct);

        Assert.Equal(new PostKey("telegram", "abc"), label!.Post);
    }

    [Fact]
    public async Task Purge_ExpiredLabelledPost_TakesItsLabelsWithIt()
    {
        await Store.WriteAsync([Posts.Stored("old advert", "old"), Posts.Stored("kept advert", "kept")], Ct);
        await Labels.AddLabelAsync("telegram:old", Category.SmugglingOffer, "alice", null, Clocks.At(), Ct);
        await Labels.AddLabelAsync("telegram:kept", Category.DocumentFraud, "bob", null, Clocks.At(), Ct); // no longer an offer: kept
        var cutoffs = new RetentionCutoffs(
            new Dictionary<string, DateTimeOffset> { ["smuggling_offer"] = Some.Instant.AddDays(1) }, Some.Instant, Some.Instant);

        var dry = await Store.PurgeAsync(cutoffs, dryRun: true, Ct);
        var report = await Store.PurgeAsync(cutoffs, dryRun: false, Ct);

        Assert.Equal(1, dry.LabelsDeleted);
        Assert.Equal(1, report.LabelsDeleted);
        Assert.Empty(await Labels.LabelHistoryAsync(new PostKey("telegram", "old"), Ct));
        Assert.Equal("bob", Assert.Single(await Labels.LatestLabelsAsync(Ct)).Label.By);
    }
}
