using Vigil.Core.Posts;
using Vigil.Ingest.Importers;
using Vigil.Ingest.Importers.TelegramWeb;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers.TelegramWeb;

public sealed class TelegramWebPageParserTests
{
    private static PostPage Fixture() =>
        TelegramWebPageParser.Parse(File.ReadAllText(TestPaths.Fixture("telegram-web", "tme-s-channel-anonymised.html")), Some.Instant);

    [Fact]
    public void Parse_ChannelPage_ReturnsEveryMessageAndTheBeforeCursor()
    {
        var page = Fixture();

        Assert.Equal(["test_channel/1001", "test_channel/1003", "test_channel/1010"], page.Posts.Select(p => p.NativeId));
        Assert.Empty(page.Problems);
        Assert.Equal("1001", page.NextCursor);
    }

    [Fact]
    public void Parse_PhotoMessage_MapsTextViewsTimeMediaAndReactions()
    {
        var post = Fixture().Posts[0];

        Assert.Equal("telegram", post.Platform);
        Assert.Equal("test_channel", post.Source);
        Assert.StartsWith("This is a test message with multiple photos.", post.Text, StringComparison.Ordinal);
        Assert.EndsWith("drew various traffic situations.\n\nTelegram | Admin", post.Text, StringComparison.Ordinal);
        Assert.Equal(2500, post.Engagement.Views);
        Assert.Equal(13, post.Engagement.Likes);
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 8, 35, 56, TimeSpan.Zero), post.CreatedAt);
        Assert.Equal("https://t.me/test_channel/1001", post.Url);
        Assert.Equal(
            [new MediaRef("photo", "https://cdn4.telesco.pe/file/test-photo-1.jpg"), new MediaRef("photo", "https://cdn4.telesco.pe/file/test-photo-2.jpg")],
            post.Media);
        Assert.Equal("Test_Channel", post.AuthorName);
        Assert.Equal(Some.Instant, post.CollectedAt);
    }

    [Fact]
    public void Parse_ForwardedMessage_NamesTheOriginChannel()
    {
        var page = Fixture();

        Assert.Equal("another_channel", page.Posts[2].ForwardedFrom);
        Assert.Null(page.Posts[0].ForwardedFrom);
    }

    [Fact]
    public void Parse_UnsupportedMediaOnly_GivesAnEmptyTextPostWithViews()
    {
        var post = Fixture().Posts[1];

        Assert.Equal("", post.Text);
        Assert.Equal(1300, post.Engagement.Views);
    }

    [Theory]
    [InlineData("950", 950L)]
    [InlineData("2.5K", 2500L)]
    [InlineData("10K", 10000L)]
    [InlineData("1.2M", 1200000L)]
    [InlineData("", null)]
    [InlineData("n/a", null)]
    public void ParseCount_TelegramAbbreviations_AreExpanded(string text, long? expected) =>
        Assert.Equal(expected, TelegramWebPageParser.ParseCount(text));

    [Fact]
    public void Parse_NotAChannelPage_ReportsAPageProblem()
    {
        var page = TelegramWebPageParser.Parse("<html><body><p>hello</p></body></html>", Some.Instant);

        Assert.Empty(page.Posts);
        Assert.Contains("not a Telegram channel preview", Assert.Single(page.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReplyLinkAndArabicText_AreKept()
    {
        const string html = """
            <div class="tgme_widget_message" data-post="demo_chan/77">
              <a class="tgme_widget_message_reply" href="https://t.me/demo_chan/70"><div class="tgme_widget_message_text">quoted</div></a>
              <div class="tgme_widget_message_text js-message_text" dir="auto">رحلة إلى اليونان<br/>السعر ٤٥٠٠ يورو</div>
              <span class="tgme_widget_message_views">1K</span>
              <a class="tgme_widget_message_date" href="https://t.me/demo_chan/77"><time datetime="2026-11-01T10:00:00+00:00"></time></a>
            </div>
            """;

        var post = Assert.Single(TelegramWebPageParser.Parse(html, Some.Instant).Posts);

        Assert.Equal("demo_chan/70", post.ReplyTo);
        Assert.Contains("رحلة إلى اليونان\nالسعر ٤٥٠٠ يورو", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SavedPage_GoesThroughDetectionAndThePageParser()
    {
        var run = await ImportRun.FixtureAsync("telegram-web", "tme-s-channel-anonymised.html");

        Assert.Equal(InputFormat.TelegramWeb, run.Source.Format);
        Assert.Equal(3, run.Posts.Count);
        Assert.Empty(run.Rejections);
    }
}
