using Vigil.Collect.Reddit;
using Vigil.Testing;

namespace Vigil.Collect.Tests.Reddit;

public sealed class RedditRequestsTests
{
    private static readonly Uri Base = new("https://www.reddit.com/");

    [Fact]
    public void Listing_Subreddit_IsNewJsonWithRawJson()
    {
        Assert.Equal("https://www.reddit.com/r/askreddit/new.json?limit=100&raw_json=1",
            RedditRequests.Listing(Base, new RedditTarget("askreddit", null), null).ToString());
        Assert.Equal("https://www.reddit.com/r/askreddit/new.json?limit=100&raw_json=1&after=t3_48f6io",
            RedditRequests.Listing(Base, new RedditTarget("askreddit", null), "t3_48f6io").ToString());
    }

    [Fact]
    public void Listing_Searches_SortByNewAndEscapeTheQuery()
    {
        Assert.Equal("https://www.reddit.com/search.json?q=safe%20trip%20%26%20visa&sort=new&type=link&limit=100&raw_json=1",
            RedditRequests.Listing(Base, new RedditTarget(null, "safe trip & visa"), null).AbsoluteUri);
        Assert.Equal("https://www.reddit.com/r/europe/search.json?q=boat&restrict_sr=1&sort=new&type=link&limit=100&raw_json=1&after=t3_x",
            RedditRequests.Listing(Base, new RedditTarget("europe", "boat"), "t3_x").ToString());
    }

    [Theory]
    [InlineData("t3_48fbm9", 256016529)]
    [InlineData("t1_48f6io", 256009920)]
    public void Order_IsTheBase36Id(string fullname, long expected) =>
        Assert.Equal(expected, RedditRequests.Order(Some.Post(platform: "reddit", nativeId: fullname)));

    [Fact]
    public void Order_NewerRealPostHasLargerKey() =>
        Assert.True(RedditRequests.Order(Some.Post(platform: "reddit", nativeId: "t3_48fbm9")) > RedditRequests.Order(Some.Post(platform: "reddit", nativeId: "t3_48f6io")));

    [Theory]
    [InlineData("t3_")]
    [InlineData("t3_ab-c")]
    [InlineData("h_0123456789abcdef0123")]
    public void Order_NotABase36Id_IsNull(string nativeId) => Assert.Null(RedditRequests.Order(Some.Post(platform: "reddit", nativeId: nativeId)));
}
