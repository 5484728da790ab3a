using Vigil.Collect.Feeds;
using Vigil.Testing;
using Vigil.Testing.Replay;

namespace Vigil.Collect.Tests.Feeds;

/// <summary>The RSS/Atom connector against a loopback replay of real recorded feeds.</summary>
public sealed class FeedConnectorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Collect_RealFeed_StoresItsItemsAndAgainStoresNothingNew()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Server.On("/feeds/reuters.xml", Reply.File(TestPaths.Fixture("rss", "rss20-reuters.xml"), "application/rss+xml"));
        await rig.Store.AddWatchAsync(new Core.Collection.Watch("rss", new Uri(rig.Server.BaseAddress, "feeds/reuters.xml").AbsoluteUri, TimeSpan.FromMinutes(15)), rig.Clock.GetUtcNow(), Ct);

        var first = Assert.Single(await rig.CollectAsync());
        var again = Assert.Single(await rig.CollectAsync());

        Assert.Null(first.Failure);
        Assert.Equal(10, first.Counts.Stored);
        Assert.Equal(0, again.Counts.Stored);
        var cursor = (await rig.Store.ListWatchesAsync(Ct)).Single().Cursor;
        Assert.True(DateTimeOffset.TryParse(cursor, System.Globalization.CultureInfo.InvariantCulture, out _), cursor);
    }

    [Fact]
    public async Task Collect_Atom_AndBrokenXml()
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Server.On("/atom.xml", Reply.File(TestPaths.Fixture("rss", "atom-theverge.xml"), "application/atom+xml"));
        rig.Server.On("/broken.xml", Reply.Xml("<rss><channel><title>x</title><item><title>a</ti"));
        foreach (var path in new[] { "atom.xml", "broken.xml" })
        {
            await rig.Store.AddWatchAsync(new Core.Collection.Watch("rss", new Uri(rig.Server.BaseAddress, path).AbsoluteUri, TimeSpan.FromMinutes(15)), rig.Clock.GetUtcNow(), Ct);
        }

        var outcomes = await rig.CollectAsync();

        Assert.Equal(10, Assert.Single(outcomes, o => o.WatchId.EndsWith("atom.xml", StringComparison.Ordinal)).Counts.Stored);
        Assert.Contains("not a readable RSS or Atom feed", Assert.Single(outcomes, o => o.WatchId.EndsWith("broken.xml", StringComparison.Ordinal)).Failure);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/feed")]
    [InlineData("https://user:secret@example.org/feed")]
    [InlineData("example.org/feed")]
    public void Validate_UnsafeOrNonHttpUrls_AreRefused(string target) => Assert.Null(FeedConnector.Validate(target).Target);

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://localhost:5432/feeds/reuters.xml")]
    [InlineData("http://10.0.0.1/feed.xml")]
    public async Task Collect_FeedUrlOnAPrivateAddress_IsRefusedAtConnect(string url)
    {
        await using var rig = await CollectRig.StartAsync();
        rig.Server.On("/feeds/reuters.xml", Reply.File(TestPaths.Fixture("rss", "rss20-reuters.xml"), "application/rss+xml"));
        await rig.Store.AddWatchAsync(new Core.Collection.Watch("rss", url.Replace("{port}", rig.Server.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), TimeSpan.FromMinutes(15)), rig.Clock.GetUtcNow(), Ct);

        var outcome = Assert.Single(await rig.CollectAsync());

        Assert.Contains("not a public internet address", outcome.Failure);
        Assert.Empty(rig.Server.Requests);
    }

    [Fact]
    public void Validate_PublicFeed_IsKeptWithoutFragment() =>
        Assert.Equal("https://example.org/feed.xml?lang=ar", FeedConnector.Validate("https://example.org/feed.xml?lang=ar#top").Target);
}
