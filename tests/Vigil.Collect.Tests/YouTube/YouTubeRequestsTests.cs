using Vigil.Collect.YouTube;
using Vigil.Testing;

namespace Vigil.Collect.Tests.YouTube;

public sealed class YouTubeRequestsTests
{
    private static readonly Uri Base = new("https://www.googleapis.com/");

    [Fact]
    public void List_Comments_NewestFirstPlainTextWithToken() =>
        Assert.Equal("https://www.googleapis.com/youtube/v3/commentThreads?part=snippet%2Creplies&videoId=F1UP7wRCPH8&order=time&textFormat=plainText&maxResults=100&pageToken=QURT",
            YouTubeRequests.List(Base, new YouTubeTarget(YouTubeTargetKind.Comments, "F1UP7wRCPH8"), "QURT", since: 1574000000).ToString());

    [Fact]
    public void List_SearchOnLaterPass_SendsPublishedAfterAndNoKey()
    {
        var uri = YouTubeRequests.List(Base, new YouTubeTarget(YouTubeTargetKind.Search, "boat & visa"), null, since: 1575619452);

        Assert.Equal("https://www.googleapis.com/youtube/v3/search?part=snippet&type=video&order=date&maxResults=50&q=boat%20%26%20visa&publishedAfter=2019-12-06T08%3A04%3A12Z", uri.AbsoluteUri);
        Assert.DoesNotContain("key=", uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void List_Channel_UsesChannelId() =>
        Assert.Contains("channelId=UC_x5XG1OV2P6uZZ5FSM9Ttw", YouTubeRequests.List(Base, new YouTubeTarget(YouTubeTargetKind.Channel, "UC_x5XG1OV2P6uZZ5FSM9Ttw"), null, null).Query, StringComparison.Ordinal);

    [Fact]
    public void QuotaCost_SearchIsAHundredTimesAComment()
    {
        Assert.Equal(100, YouTubeRequests.QuotaCost(new YouTubeTarget(YouTubeTargetKind.Search, "x")));
        Assert.Equal(1, YouTubeRequests.QuotaCost(new YouTubeTarget(YouTubeTargetKind.Comments, "F1UP7wRCPH8")));
    }

    [Fact]
    public void Order_IsPublicationTime() =>
        Assert.Equal(Some.Instant.ToUnixTimeSeconds(), YouTubeRequests.Order(Some.Post(platform: "youtube", nativeId: "v")));
}
