using Vigil.Ingest.Importers;
using Vigil.Ingest.Importers.Reddit;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers.Reddit;

public sealed class RedditThingTests
{
    [Fact]
    public async Task Import_SearchListing_MapsEveryT3Child()
    {
        var run = await ImportRun.FixtureAsync("reddit", "r-all-search.listing.body.json");

        Assert.Equal(InputFormat.Reddit, run.Source.Format);
        Assert.Equal(6, run.Posts.Count);
        Assert.Empty(run.Rejections);
        var first = run.Posts[0];
        Assert.Equal("reddit", first.Platform);
        Assert.Equal("t3_3gpbiu", first.NativeId);
        Assert.Equal("redditdev", first.Source);
        Assert.Equal("dClauzel", first.Author);
        Assert.StartsWith("[PRAW][OAuth2Util] Problem using get_banned() : raise Forbidden(_raw=response)\n\n# solved", first.Text, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1439370514), first.CreatedAt);
        Assert.Equal(21, first.Engagement.Replies);
        Assert.Equal("https://www.reddit.com/r/redditdev/comments/3gpbiu/prawoauth2util_problem_using_get_banned_raise/?ref=search_posts", first.Url);
    }

    [Fact]
    public async Task Import_HundredChildListing_StreamsAll()
    {
        var run = await ImportRun.FixtureAsync("reddit", "r-askreddit-new.listing.body.json");

        Assert.Equal(100, run.Posts.Count);
        Assert.Equal("t3_48fbm9", run.Posts[0].NativeId);
        Assert.All(run.Posts, p => Assert.Equal("AskReddit", p.Source));
    }

    [Fact]
    public void Parse_Listing_CursorIsAfter()
    {
        var page = RedditListingParser.Parse(File.ReadAllText(TestPaths.Fixture("reddit", "r-askreddit-new.listing.body.json")), Some.Instant);

        Assert.Equal("t3_48f6io", page.NextCursor);
        Assert.Equal(100, page.Posts.Count);
    }

    [Fact]
    public void Parse_CommentsAndOtherKinds_CommentsReplyToParentOthersSkipped()
    {
        const string json = """
            {"kind":"Listing","data":{"after":null,"children":[
              {"kind":"t1","data":{"id":"c1","body":"ask the hotline &amp; wait","parent_id":"t3_p1","author":"[deleted]","subreddit":"x","created_utc":1700000000}},
              {"kind":"more","data":{"id":"m","children":["a"]}}]}}
            """;

        var page = RedditListingParser.Parse(json, Some.Instant);

        var comment = Assert.Single(page.Posts);
        Assert.Equal("t1_c1", comment.NativeId);
        Assert.Equal("t3_p1", comment.ReplyTo);
        Assert.Equal("ask the hotline & wait", comment.Text);
        Assert.Null(comment.Author);
        Assert.Empty(page.Problems);
    }
}
