using Vigil.Core.Analysis;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;
using Vigil.Testing;

namespace Vigil.Core.Tests.Pipeline;

public sealed class MinimisingSinkTests
{
    private static StoredPost Analysed(string id, Category? category, string lang = "en") => new()
    {
        Key = new PostKey("telegram", id),
        Text = "text " + id,
        CollectedAt = Some.Instant,
        CreatedAt = Some.Instant.AddDays(-1),
        Analysis = category is { } c ? new PostAnalysis { Language = new LanguageGuess(lang, 0.9), Category = c, Confidence = 0.9 } : null,
    };

    [Fact]
    public async Task Write_UnrelatedPosts_AreCountedNotStored_OthersPassOn()
    {
        var target = new InMemorySink();
        var sink = new MinimisingSink(target, target);

        var counts = await sink.WriteAsync(
            [Analysed("a", Category.SmugglingOffer), Analysed("b", Category.Unrelated, "tr"), Analysed("c", null), Analysed("d", Category.HumanitarianOrNews)],
            TestContext.Current.CancellationToken);

        Assert.Equal(new WriteCounts(3, 0, 1), counts);
        Assert.Equal(["a", "c", "d"], target.Posts.Select(p => p.Key.NativeId).Order());
        var counted = Assert.Single(target.Minimised);
        Assert.Equal(new MinimisedPost(new PostKey("telegram", "b"), DateOnly.FromDateTime(Some.Instant.AddDays(-1).UtcDateTime), "telegram", "tr", Category.Unrelated), counted);
    }

    [Fact]
    public async Task Write_SameUnrelatedPostAgain_IsADuplicateNotCountedTwice()
    {
        var target = new InMemorySink();
        var sink = new MinimisingSink(target, target);
        await sink.WriteAsync([Analysed("b", Category.Unrelated)], TestContext.Current.CancellationToken);

        var again = await sink.WriteAsync([Analysed("b", Category.Unrelated)], TestContext.Current.CancellationToken);

        Assert.Equal(new WriteCounts(0, 1, 0), again);
        Assert.Single(target.Minimised);
        Assert.Empty(target.Posts);
    }
}
