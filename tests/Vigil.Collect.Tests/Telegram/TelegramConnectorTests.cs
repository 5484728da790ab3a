using Vigil.Storage.Search;
using Vigil.Testing.Replay;

namespace Vigil.Collect.Tests.Telegram;

/// <summary>The Telegram web-preview connector end to end: loopback replay of the real page markup → SQLite.</summary>
public sealed class TelegramConnectorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Collect_FirstRun_PagesBackThroughTheChannelAndStoresEveryPostOnceWithTheNewestIdAsCursor()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.ServeTelegram("smuggle_watch", newest: 9, perPage: 3);
        await rig.AddWatchAsync("telegram", "smuggle_watch");

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Null(outcome.Failure);
        Assert.Equal(9, outcome.Counts.Stored);
        Assert.Equal(3, outcome.Pages);
        Assert.Equal(9, await rig.Store.CountAsync(Ct));
        Assert.Equal("9", (await rig.WatchAsync("telegram:smuggle_watch")).Cursor);
        Assert.Equal(["/s/smuggle_watch", "/s/smuggle_watch?before=7", "/s/smuggle_watch?before=4"], rig.Server.Requests.Select(r => r.PathAndQuery));
        Assert.All(rig.Server.Requests, r => Assert.StartsWith("Vigil/", r.UserAgent));
        var keys = await rig.Store.ScanAsync(SearchFilters.None, Ct).Select(p => p.Key).ToListAsync(Ct);
        Assert.Equal(9, keys.Distinct().Count());
    }

    [Fact]
    public async Task Collect_NewPostsSinceCursor_FetchesOnlyBackToTheCursorAndStoresOnlyTheNewOnes()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.ServeTelegram("smuggle_watch", newest: 6, perPage: 3);
        await rig.AddWatchAsync("telegram", "smuggle_watch");
        await rig.CollectAsync();
        var requestsBefore = rig.Server.Requests.Count;

        rig.ServeTelegram("smuggle_watch", newest: 11, perPage: 3); // 5 new messages: pages 9-11, 6-8 (6 known), …
        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Equal(5, outcome.Counts.Stored);
        Assert.Equal(0, outcome.Counts.Duplicates);
        Assert.Equal(11, await rig.Store.CountAsync(Ct));
        Assert.Equal("11", (await rig.WatchAsync("telegram:smuggle_watch")).Cursor);
        Assert.Equal(["/s/smuggle_watch", "/s/smuggle_watch?before=9"], rig.Server.Requests.Skip(requestsBefore).Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task Collect_NothingNew_StoresNothingAndKeepsTheCursor()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.ServeTelegram("smuggle_watch", newest: 4, perPage: 3);
        await rig.AddWatchAsync("telegram", "smuggle_watch");
        await rig.CollectAsync();

        var again = Assert.Single(await rig.CollectAsync());

        Assert.Equal(0, again.Counts.Read);
        Assert.Equal(4, await rig.Store.CountAsync(Ct));
        Assert.Equal("4", (await rig.WatchAsync("telegram:smuggle_watch")).Cursor);
        Assert.Contains("0 new", (await rig.WatchAsync("telegram:smuggle_watch")).LastOutcome);
    }

    [Fact]
    public async Task Collect_FirstRunLongerThanMaxPages_StopsAtTheLimitAndSaysSo()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.ServeTelegram("smuggle_watch", newest: 30, perPage: 3);
        await rig.AddWatchAsync("telegram", "smuggle_watch");

        var outcome = Assert.Single(await rig.CollectAsync(rig.Settings(s => s with { MaxPages = 2 })));

        Assert.Equal(6, outcome.Counts.Stored);
        Assert.Equal(2, rig.Server.Requests.Count);
        Assert.Contains(outcome.Notes, n => n.Contains("first run", StringComparison.Ordinal));
        Assert.Equal("30", (await rig.WatchAsync("telegram:smuggle_watch")).Cursor);
    }

    [Fact]
    public async Task Collect_PostsGoThroughAnalysisAndPseudonymisation()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.ServeTelegram("smuggle_watch", newest: 3, perPage: 3);
        await rig.AddWatchAsync("telegram", "smuggle_watch");

        await rig.CollectAsync();

        var posts = await rig.Store.ScanAsync(SearchFilters.None, Ct).ToListAsync(Ct);
        Assert.Equal(3, posts.Count);
        Assert.All(posts, p => Assert.NotNull(p.Analysis));
        // The channel is the author of its own posts: stored as a pseudonym, never the clear name.
        Assert.All(posts.Where(p => p.Author is not null), p => Assert.StartsWith("ps_", p.Author));
        Assert.DoesNotContain(posts, p => p.Author == "smuggle_watch");
    }

    [Fact]
    public async Task Collect_Minimising_CountsUnrelatedPostsInsteadOfStoringThem_AsAnImportDoes()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Minimise = true;
        rig.ServeTelegram("smuggle_watch", newest: 6, perPage: 3);
        await rig.AddWatchAsync("telegram", "smuggle_watch");

        var outcome = Assert.Single(await rig.CollectAsync());
        rig.ServeTelegram("smuggle_watch", newest: 6, perPage: 3);
        await rig.Store.WriteAsync([], new Core.Collection.WatchCursor("telegram:smuggle_watch", "0", rig.Clock.GetUtcNow()), Ct); // replay everything
        var again = Assert.Single(await rig.CollectAsync());

        var minimised = (await rig.Store.MinimisedCountsAsync(Ct)).Sum(c => c.Posts);
        Assert.True(outcome.Counts.Minimised > 0, "the fixture's posts (road safety, local news) are unrelated");
        Assert.Equal(6, outcome.Counts.Stored + outcome.Counts.Minimised);
        Assert.Equal(outcome.Counts.Minimised, minimised);
        Assert.Equal(outcome.Counts.Stored, await rig.Store.CountAsync(Ct));
        Assert.Equal(0, again.Counts.Stored + again.Counts.Minimised); // counted once, stored once
        Assert.Equal(6, again.Counts.Duplicates);
    }

    [Theory]
    [InlineData("some_channel", "some_channel")]
    [InlineData("@Some_Channel", "some_channel")]
    [InlineData("https://t.me/s/some_channel", "some_channel")]
    [InlineData("t.me/some_channel/", "some_channel")]
    public void Validate_AcceptedForms_NormaliseToTheChannelName(string target, string expected) =>
        Assert.Equal(expected, Collect.Telegram.TelegramConnector.Validate(target).Target);

    [Theory]
    [InlineData("../admin")]
    [InlineData("abc")]
    [InlineData("http://169.254.169.254/latest")]
    [InlineData("some channel")]
    [InlineData("joinchat/AAAA+BBBB")]
    public void Validate_AnythingButAChannelName_IsRefusedWithASentence(string target)
    {
        var check = Collect.Telegram.TelegramConnector.Validate(target);

        Assert.Null(check.Target);
        Assert.Contains("Telegram channel name", check.Error);
    }
}
