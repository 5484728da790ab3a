using Vigil.Ingest.Importers;
using Vigil.Ingest.Importers.YouTube;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers.YouTube;

public sealed class YouTubeItemTests
{
    [Fact]
    public async Task Import_SearchPage_MapsVideos()
    {
        var run = await ImportRun.FixtureAsync("youtube", "search.list.keywords.p1.json");

        Assert.Equal(InputFormat.YouTube, run.Source.Format);
        Assert.Equal(25, run.Posts.Count);
        var first = run.Posts[0];
        Assert.Equal("youtube", first.Platform);
        Assert.Equal("gQ_1zX-F_No", first.NativeId);
        Assert.StartsWith("SURFING HAWAII’S BEST WAVE WITH MY GIRLFRIEND (PIPELINE)\n\nSOME FUN BARRELS", first.Text, StringComparison.Ordinal);
        Assert.Equal("UCo_q6aOlvPH7M-j_XGWVgXg", first.Author);
        Assert.Equal("Jamie O'Brien", first.AuthorName);
        Assert.Equal("https://www.youtube.com/watch?v=gQ_1zX-F_No", first.Url);
        Assert.Equal(new DateTimeOffset(2019, 12, 5, 19, 0, 10, TimeSpan.Zero), first.CreatedAt);
    }

    [Fact]
    public async Task Import_CommentThreads_MapsTopLevelComments()
    {
        var run = await ImportRun.FixtureAsync("youtube", "commentThreads.list.by_video.p1.json");

        Assert.Equal(5, run.Posts.Count);
        var first = run.Posts[0];
        Assert.Equal("UgyZ1jqkHKYvi1-ruOZ4AaABAg", first.NativeId);
        Assert.Equal("Google.com", first.Text);
        Assert.Equal("F1UP7wRCPH8", first.Source);
        Assert.Equal("himani agarwal", first.AuthorName);
        Assert.Equal("UCzj-CjKYmGlZ7vTL-vOe57A", first.Author);
        Assert.Equal("https://www.youtube.com/watch?v=F1UP7wRCPH8&lc=UgyZ1jqkHKYvi1-ruOZ4AaABAg", first.Url);
    }

    [Fact]
    public void Parse_Pages_CursorIsNextPageTokenAndNullOnTheLastPage()
    {
        var p1 = YouTubePageParser.Parse(File.ReadAllText(TestPaths.Fixture("youtube", "search.list.keywords.p2.json")), Some.Instant);
        var last = YouTubePageParser.Parse(File.ReadAllText(TestPaths.Fixture("youtube", "commentThreads.list.by_video.p2.json")), Some.Instant);

        Assert.Equal("CDIQAA", p1.NextCursor);
        Assert.Null(last.NextCursor);
        Assert.Equal(5, last.Posts.Count);
    }

    [Fact]
    public void Parse_ThreadWithReplies_RepliesPointToTheThread()
    {
        const string json = """
            {"kind":"youtube#commentThreadListResponse","items":[{"kind":"youtube#commentThread","id":"T1",
              "snippet":{"videoId":"V","totalReplyCount":1,"topLevelComment":{"kind":"youtube#comment","id":"T1","snippet":{"textOriginal":"question","videoId":"V"}}},
              "replies":{"comments":[{"kind":"youtube#comment","id":"T1.R1","snippet":{"textOriginal":"answer","videoId":"V","parentId":"T1"}}]}},
              {"kind":"youtube#searchResult","id":{"kind":"youtube#channel","channelId":"C"}}]}
            """;

        var page = YouTubePageParser.Parse(json, Some.Instant);

        Assert.Equal(["T1", "T1.R1"], page.Posts.Select(p => p.NativeId));
        Assert.Equal("T1", page.Posts[1].ReplyTo);
        Assert.Equal(1, page.Posts[0].Engagement.Replies);
        Assert.Empty(page.Problems);
    }
}
