using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Labels;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Labels;

public sealed class SqliteLabelsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_KnownPost_StoresWhoWhenWhyAndUpdatesTheCategory()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.WriteAsync([Posts.Stored("رحلة بحرية آمنة", "1", category: Category.Unrelated)], Ct);
        var clock = Clocks.At();

        var label = await SqliteLabels.AddAsync(temp.Store, "telegram:1", Category.SmugglingOffer, "alice", "journey advert", clock, Ct);

        Assert.NotNull(label);
        Assert.Equal(new PostKey("telegram", "1"), label.Post);
        Assert.Equal(Category.Unrelated, label.Previous);
        Assert.Equal(("alice", "journey advert", clock.GetUtcNow()), (label.By, label.Reason, label.At));
        var stored = await temp.Store.GetAsync(new PostKey("telegram", "1"), Ct);
        Assert.Equal(Category.SmugglingOffer, stored!.Analysis!.Category);
    }

    [Fact]
    public async Task Add_UnknownPost_ReturnsNullAndStoresNothing()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.WriteAsync([Posts.Stored("text", "1")], Ct);

        Assert.Null(await SqliteLabels.AddAsync(temp.Store, "telegram:404", Category.Unrelated, "alice", null, Clocks.At(), Ct));
        Assert.Null(await SqliteLabels.AddAsync(temp.Store, "not-an-id", Category.Unrelated, "alice", null, Clocks.At(), Ct));
        Assert.Empty(await SqliteLabels.LatestAsync(temp.Store, Ct));
    }

    [Fact]
    public async Task Latest_SeveralCorrections_KeepsEveryOneButTrainsOnTheNewest()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.WriteAsync([Posts.Stored("UNHCR warns about smugglers' prices", "7")], Ct);
        var clock = Clocks.At();
        await SqliteLabels.AddAsync(temp.Store, "telegram:7", Category.SmugglingOffer, "alice", null, clock, Ct);
        clock.Advance(TimeSpan.FromMinutes(5));
        await SqliteLabels.AddAsync(temp.Store, "telegram:7", Category.HumanitarianOrNews, "bob", "NGO warning", clock, Ct);

        var history = await SqliteLabels.HistoryAsync(temp.Store, new PostKey("telegram", "7"), Ct);
        var latest = Assert.Single(await SqliteLabels.LatestAsync(temp.Store, Ct));

        Assert.Equal(["alice", "bob"], history.Select(h => h.By));
        Assert.Equal(Category.SmugglingOffer, history[1].Previous);
        Assert.Equal(Category.HumanitarianOrNews, latest.Label.Category);
        Assert.Equal("UNHCR warns about smugglers' prices", latest.Text);
    }

    [Fact]
    public async Task Add_ByRowId_FindsThePost()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.WriteAsync([Posts.Stored("text", "abc")], Ct);

        var label = await SqliteLabels.AddAsync(temp.Store, "1", Category.GuidanceInfo, "alice", null, Clocks.At(), Ct);

        Assert.Equal(new PostKey("telegram", "abc"), label!.Post);
    }
}
