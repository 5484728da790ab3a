using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

/// <summary>The triage queue, on every store.</summary>
public abstract partial class PostStoreContract
{
    private static StoredPost Triaged(string id, Category category, int day, double confidence, int hour = 9) =>
        Posts.Stored("post " + id, id, category: category, createdAt: Some.Instant.Date.AddDays(day).AddHours(hour)) is var p
            ? p with { CreatedAt = new DateTimeOffset(Some.Instant.Date.AddDays(day).AddHours(hour), TimeSpan.Zero), Analysis = p.Analysis! with { Confidence = confidence } }
            : throw new InvalidOperationException();

    [Fact]
    public async Task Triage_FlaggedPosts_NewestDayFirst_ThenConfidence_AndPaged()
    {
        await Store.WriteAsync(
        [
            Triaged("old-high", Category.SmugglingOffer, 0, 0.99),
            Triaged("new-low", Category.DocumentFraud, 2, 0.55, hour: 23),
            Triaged("new-high", Category.FacilitatorRecruitment, 2, 0.95, hour: 1),
            Triaged("mid", Category.GuidanceInfo, 1, 0.7),
            Triaged("news", Category.HumanitarianOrNews, 3, 0.99),
            Triaged("request", Category.MigrantRequest, 3, 0.99),
            Posts.Stored("not analysed", "raw", analysed: false, createdAt: Some.Instant.AddDays(3)),
        ], Ct);

        var all = await Store.TriageAsync(0, 10, Ct);
        Assert.Equal(["new-high", "new-low", "mid", "old-high"], all.Select(p => p.Key.NativeId));

        var second = await Store.TriageAsync(2, 2, Ct);
        Assert.Equal(["mid", "old-high"], second.Select(p => p.Key.NativeId));
        Assert.Empty(await Store.TriageAsync(4, 2, Ct));
        Assert.Equal(0.95, all[0].Analysis!.Confidence, 6);
    }
}
