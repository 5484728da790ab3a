using Vigil.Collect.X;
using Vigil.Testing;

namespace Vigil.Collect.Tests.X;

public sealed class XTargetAndRequestsTests
{
    private static readonly Uri Base = new("https://api.x.com/");

    [Theory]
    [InlineData("\"safe trip\" lang:ar -is:retweet", "\"safe trip\" lang:ar -is:retweet")]
    [InlineData("search:Tweepy", "Tweepy")]
    public void Parse_Query(string text, string query) => Assert.Equal(query, XTarget.Parse(text, out _)!.Query);

    [Theory]
    [InlineData("")]
    [InlineData("two\nlines")]
    public void Parse_Refused(string text)
    {
        Assert.Null(XTarget.Parse(text, out var problem));
        Assert.Contains("512", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooLong_Refused() => Assert.Null(XTarget.Parse(new string('a', 513), out _));

    [Fact]
    public void Search_FirstPass_NoSinceIdAndAsksForExpansions()
    {
        var uri = XRequests.Search(Base, new XTarget("Tweepy"), null, null);

        Assert.Equal("/2/tweets/search/recent", uri.AbsolutePath);
        Assert.StartsWith("?query=Tweepy&max_results=100&tweet.fields=", uri.Query, StringComparison.Ordinal);
        Assert.Contains("expansions=author_id%2Cattachments.media_keys", uri.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("since_id", uri.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("next_token", uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_LaterPassPage_SendsSinceIdAndToken()
    {
        var uri = XRequests.Search(Base, new XTarget("Tweepy"), "b26v89c19zqg8o3fpzbn1e0frlukytxrp1o8pel01jb7h", 1578522194770296832);

        Assert.EndsWith("&since_id=1578522194770296832&next_token=b26v89c19zqg8o3fpzbn1e0frlukytxrp1o8pel01jb7h", uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_IsTheSnowflakeId()
    {
        Assert.Equal(1578522194770296832, XRequests.Order(Some.Post(platform: "x", nativeId: "1578522194770296832")));
        Assert.Null(XRequests.Order(Some.Post(platform: "x", nativeId: "-5")));
    }

    [Fact]
    public void TweetTime_OfTheRecordedNewestId_IsWhenTweepyRecordedIt() =>
        Assert.Equal(new DateTimeOffset(2022, 10, 7, 23, 6, 12, TimeSpan.Zero), XRequests.TweetTime(1578522108187283456), TimeSpan.FromSeconds(1));

    [Fact]
    public void UsableSinceId_OlderThanTheRecentWindow_IsDropped()
    {
        const long id = 1578522194770296832;
        var made = XRequests.TweetTime(id);

        Assert.Equal(id, XRequests.UsableSinceId(id, made.AddDays(3)));
        Assert.Null(XRequests.UsableSinceId(id, made.AddDays(7)));
        Assert.Null(XRequests.UsableSinceId(null, made));
    }
}
