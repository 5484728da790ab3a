using Vigil.Core.Posts;
using Vigil.Ingest.Importers;
using Vigil.Ingest.Importers.X;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers.X;

public sealed class XSearchPageParserTests
{
    /// <summary>The expanded shape of the v2 reference (author_id, created_at, lang, includes.users/media/tweets); invented values.</summary>
    private const string Expanded = """
        {"data":[
          {"id":"101","text":"Crossing from Libya, price 2000 &amp; more","author_id":"u1","created_at":"2026-10-01T12:00:00.000Z","lang":"en",
           "public_metrics":{"retweet_count":2,"reply_count":1,"like_count":5,"quote_count":1,"impression_count":900},
           "attachments":{"media_keys":["3_1"]},"referenced_tweets":[{"type":"replied_to","id":"100"}]},
          {"id":"102","text":"RT @u2name: original","author_id":"u1","referenced_tweets":[{"type":"retweeted","id":"99"}]}],
         "includes":{"users":[{"id":"u1","username":"boat_offers","name":"Boat Offers"},{"id":"u2","username":"u2name","name":"U Two"}],
                     "media":[{"media_key":"3_1","type":"photo","url":"https://pbs.twimg.com/media/x.jpg"}],
                     "tweets":[{"id":"99","text":"original","author_id":"u2"}]},
         "meta":{"result_count":2,"next_token":"nt2"}}
        """;

    [Fact]
    public async Task Import_SearchWithoutExpansions_UsesIdsOnly()
    {
        var run = await ImportRun.FixtureAsync("x-twitter", "v2-tweets-search-recent.body.json");

        Assert.Equal(InputFormat.X, run.Source.Format);
        Assert.Equal(10, run.Posts.Count);
        var first = run.Posts[0];
        Assert.Equal("x", first.Platform);
        Assert.Equal("1578522194770296832", first.NativeId);
        Assert.StartsWith("RT @t6dr1ve: #TwitterBots go away!", first.Text, StringComparison.Ordinal);
        Assert.Null(first.Author);
        Assert.Equal("https://x.com/i/web/status/1578522194770296832", first.Url);
    }

    [Fact]
    public void Parse_Fixture_CursorIsNextToken()
    {
        var page = XSearchPageParser.Parse(File.ReadAllText(TestPaths.Fixture("x-twitter", "v2-tweets-search-recent.body.json")), Some.Instant);

        Assert.Equal("b26v89c19zqg8o3fpzbn1e0frlukytxrp1o8pel01jb7h", page.NextCursor);
    }

    [Fact]
    public void Parse_WithExpansions_ResolvesUsersMediaReplyAndRetweet()
    {
        var page = XSearchPageParser.Parse(Expanded, Some.Instant);

        Assert.Equal("nt2", page.NextCursor);
        var first = page.Posts[0];
        Assert.Equal("boat_offers", first.Author);
        Assert.Equal("Boat Offers", first.AuthorName);
        Assert.Equal("https://x.com/boat_offers", first.AuthorUrl);
        Assert.Equal("https://x.com/boat_offers/status/101", first.Url);
        Assert.Equal("Crossing from Libya, price 2000 & more", first.Text);
        Assert.Equal(new Engagement(900, 5, 3, 1), first.Engagement);
        Assert.Equal([new MediaRef("photo", "https://pbs.twimg.com/media/x.jpg")], first.Media);
        Assert.Equal("100", first.ReplyTo);
        Assert.Equal("en", first.LangHint);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal("u2name", page.Posts[1].ForwardedFrom);
    }

    [Fact]
    public async Task Import_JsonLinesOfPages_ReadsEveryPage()
    {
        var oneLine = Expanded.ReplaceLineEndings(" ");
        var run = await ImportRun.TextAsync(oneLine + "\n" + oneLine.Replace("\"101\"", "\"201\"", StringComparison.Ordinal).Replace("\"102\"", "\"202\"", StringComparison.Ordinal) + "\n", "twarc.jsonl");

        Assert.Equal(InputFormat.X, run.Source.Format);
        Assert.Equal(["101", "102", "201", "202"], run.Posts.Select(p => p.NativeId));
    }

    [Fact]
    public async Task Import_PagesLongerThanTheDetectionHead_AreStillReadPerLine()
    {
        // twarc2 pages with expansions are often longer than the 64 KB the detector looks at.
        var padding = string.Concat(Enumerable.Range(0, 800).Select(i => $",{{\"id\":\"pad{i}\",\"text\":\"{new string('x', 80)}\"}}"));
        string Page(string id) => Expanded.ReplaceLineEndings(" ").Replace("{\"data\":[", "{\"data\":[{\"id\":\"" + id + "\",\"text\":\"first\"}" + padding + ",", StringComparison.Ordinal);

        var run = await ImportRun.TextAsync(Page("A") + "\n" + Page("B") + "\n", "twarc.jsonl");

        Assert.Equal(InputFormat.X, run.Source.Format);
        Assert.Empty(run.Rejections);
        Assert.Equal(2 * 803, run.Posts.Count);
        Assert.Contains(run.Posts, p => p.NativeId == "B");
    }

    [Fact]
    public async Task Import_PrettyPrintedPage_IsReadWhole()
    {
        var run = await ImportRun.TextAsync(Expanded, "page.json");

        Assert.Equal(["101", "102"], run.Posts.Select(p => p.NativeId));
        Assert.Equal("boat_offers", run.Posts[0].Author);
    }
}
