using System.Text;
using Vigil.Ingest.Importers;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers;

public sealed class FormatDetectorTests
{
    public static TheoryData<string, InputFormat> Fixtures => new()
    {
        { "telegram-export/result.personal_chat.json", InputFormat.TelegramExport },
        { "telegram-export/result.private_group.json", InputFormat.TelegramExport },
        { "telegram-web/tme-s-channel-anonymised.html", InputFormat.TelegramWeb },
        { "mastodon/api-v1-timelines-tag-rstats.body.json", InputFormat.Mastodon },
        { "mastodon/api-v1-timelines-public-local.body.json", InputFormat.Mastodon },
        { "mastodon/api-v1-statuses-single.body.json", InputFormat.Mastodon },
        { "reddit/r-all-search.listing.body.json", InputFormat.Reddit },
        { "reddit/r-askreddit-new.listing.body.json", InputFormat.Reddit },
        { "x-twitter/v2-tweets-search-recent.body.json", InputFormat.X },
        { "rss/atom-theverge.xml", InputFormat.Feed },
        { "rss/rss20-spiegel-2017-mojibake.xml", InputFormat.Feed },
        { "rss/rss20-anonymised-tech-blog.xml", InputFormat.Feed },
        { "rss/rss20-moscowtimes.xml", InputFormat.Feed },
        { "rss/rss20-reuters.xml", InputFormat.Feed },
        { "youtube/search.list.keywords.p1.json", InputFormat.YouTube },
        { "youtube/commentThreads.list.by_video.p1.json", InputFormat.YouTube },
        { "vk/wall.get.extended.json", InputFormat.Vk },
        { "vk/newsfeed.search.next_from.json", InputFormat.Vk },
        { "vk/wall.get.repost-poll-geo.json", InputFormat.Vk },
        { "csv/crowdtangle-sample.csv", InputFormat.Csv },
        { "csv/4cat-sample.csv", InputFormat.Csv },
        { "csv/generic-semicolon.csv", InputFormat.Csv },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Detect_RealFixture_ReturnsItsFormat(string fixture, InputFormat expected)
    {
        var bytes = File.ReadAllBytes(TestPaths.Fixture(fixture.Split('/')));
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));

        // A misleading name: the content decides.
        Assert.Equal(expected, FormatDetector.Detect(head, head.Length == bytes.Length, "upload.bin"));
    }

    [Theory]
    [InlineData("{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n", InputFormat.Jsonl)]
    [InlineData("{\"text\":\"only one\"}", InputFormat.Jsonl)]
    [InlineData("{\"data\":[{\"id\":\"1\",\"text\":\"t\"}],\"meta\":{}}\n{\"data\":[{\"id\":\"2\",\"text\":\"u\"}],\"meta\":{}}\n", InputFormat.X)]
    [InlineData("  \n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>", InputFormat.Feed)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", InputFormat.Feed)]
    [InlineData("a,b,c\n1,2,3\n", InputFormat.Csv)]
    [InlineData("a\tb\n1\t2\n", InputFormat.Csv)]
    public void Detect_Content_ReturnsFormat(string content, InputFormat expected) =>
        Assert.Equal(expected, FormatDetector.Detect(Encoding.UTF8.GetBytes(content), true));

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("hello world")]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("{\"unrelated\":true,\"config\":{\"a\":1}}")]
    [InlineData("[1,2,3]")]
    public void Detect_UnrecognisedContent_ReturnsNull(string content) =>
        Assert.Null(FormatDetector.Detect(Encoding.UTF8.GetBytes(content), true));

    [Fact]
    public void Detect_SingleColumnWithCsvExtension_IsCsv() =>
        Assert.Equal(InputFormat.Csv, FormatDetector.Detect("text\nhello\n"u8, true, "posts.csv"));
}
