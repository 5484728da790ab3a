using System.Text;
using FsCheck.Xunit;
using Vigil.Ingest.Importers;
using Vigil.Ingest.Importers.Feeds;
using Vigil.Ingest.Importers.Input;
using Vigil.Ingest.Importers.Text;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers.Feeds;

public sealed class FeedReaderTests
{
    [Theory]
    [InlineData("atom-theverge.xml", 10)]
    [InlineData("rss20-anonymised-tech-blog.xml", 8)]
    [InlineData("rss20-moscowtimes.xml", 50)]
    [InlineData("rss20-reuters.xml", 10)]
    [InlineData("rss20-spiegel-2017-mojibake.xml", 17)]
    public async Task Import_RealFeed_ReadsEveryItem(string file, int items)
    {
        var run = await ImportRun.FixtureAsync("rss", file);

        Assert.Equal(InputFormat.Feed, run.Source.Format);
        Assert.Equal(items, run.Posts.Count);
        Assert.Empty(run.Rejections);
        Assert.All(run.Posts, p => Assert.Equal("rss", p.Platform));
        Assert.Equal(items, run.Posts.Select(p => p.NativeId).Distinct().Count());
    }

    [Fact]
    public async Task Import_Rss_MapsTitleDescriptionGuidDateAndSource()
    {
        var run = await ImportRun.FixtureAsync("rss", "rss20-reuters.xml");

        var first = run.Posts[0];
        Assert.StartsWith("Iraq says deal reached over withdrawal of Turkish forces from Bashiqa\n\nBAGHDAD (Reuters) - Iraq's Prime Minister", first.Text, StringComparison.Ordinal);
        Assert.StartsWith("http://www.reuters.com/article/us-mideast-crisis-iraq-turkey-abadi-idU", first.NativeId, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2017, 1, 7, 13, 52, 27, TimeSpan.Zero), first.CreatedAt);
        Assert.NotNull(first.Source);
    }

    [Fact]
    public async Task Import_Atom_MapsEntryLinkAuthorAndContent()
    {
        var run = await ImportRun.FixtureAsync("rss", "atom-theverge.xml");

        var first = run.Posts[0];
        Assert.StartsWith("This is the new Hulu experience with live TV", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", first.Text, StringComparison.Ordinal);
        Assert.Equal("http://www.theverge.com/ces/2017/1/7/14195588/hulu-live-tv-streaming-internet-ces-2017", first.Url);
        Assert.Equal(new DateTimeOffset(2017, 1, 7, 14, 0, 1, TimeSpan.Zero), first.CreatedAt);
        Assert.NotNull(first.AuthorName);
    }

    [Fact]
    public async Task Import_DoubleEncodedSpiegelFeed_RepairsTheMojibake()
    {
        var run = await ImportRun.FixtureAsync("rss", "rss20-spiegel-2017-mojibake.xml");

        var first = run.Posts[0];
        Assert.StartsWith("Polizeieinsatz in Kölner Silvesternacht", first.Text, StringComparison.Ordinal);
        Assert.Contains("geklärt werden müssen", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Posts, p => p.Text.Contains('Ã', StringComparison.Ordinal));
        Assert.Equal("de", first.LangHint);
        Assert.Contains(run.Source.Notes.All, n => n.Contains("mojibake", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_BrokenXmlMidway_KeepsEarlierItemsAndRejectsWithLine()
    {
        const string xml = "<rss version=\"2.0\"><channel><title>T</title>\n<item><title>one</title><guid>1</guid></item>\n<item><title>two</title><guid>2</guid></item>\n<item><title>three</titl></item></channel></rss>";

        var run = await ImportRun.TextAsync(xml, "feed.xml");

        Assert.Equal(["1", "2"], run.Posts.Select(p => p.NativeId));
        var rejection = Assert.Single(run.Rejections);
        Assert.Equal(4, rejection.Line);
        Assert.Contains("not well-formed XML at line 4", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AdjacentItemsWithoutWhitespace_AreAllRead()
    {
        var run = await ImportRun.TextAsync("<rss><channel><title>T</title><item><title>a</title></item><item><title>b</title></item><item><title>c</title></item></channel></rss>", "f.xml");

        Assert.Equal(["a", "b", "c"], run.Posts.Select(p => p.Text));
        Assert.All(run.Posts, p => Assert.Equal("T", p.Source));
    }

    [Fact]
    public async Task Import_ExternalEntity_IsNeverResolved()
    {
        var secret = Path.Combine(TestPaths.TempDir(), "secret.txt");
        await File.WriteAllTextAsync(secret, "TOP-SECRET", TestContext.Current.CancellationToken);
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file://{secret}\">]><rss><channel><title>T</title><item><title>a &x; b</title></item></channel></rss>";

        var run = await ImportRun.TextAsync(xml, "f.xml");

        Assert.DoesNotContain(run.Posts, p => p.Text.Contains("TOP-SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_Windows1251FeedWithDeclaration_UsesTheDeclaredEncoding()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>Новости</title><item><title>Граница закрыта</title></item></channel></rss>";

        var run = await ImportRun.BytesAsync(TextEncodings.Windows1251.GetBytes(xml), "f.xml");

        Assert.Equal("Граница закрыта", Assert.Single(run.Posts).Text);
        Assert.Equal("Новости", run.Posts[0].Source);
    }

    [Fact]
    public void Parse_String_SameItemsAsTheStreamingReader()
    {
        var page = FeedReader.Parse(File.ReadAllText(TestPaths.Fixture("rss", "rss20-moscowtimes.xml")), Some.Instant);

        Assert.Equal(50, page.Posts.Count);
        Assert.Null(page.NextCursor);
    }

    [Theory]
    [InlineData("fÃ¼hrende", "führende")]
    [InlineData("KÃ¶ln", "Köln")]
    [InlineData("â€žZitatâ€œ", "„Zitat“")]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("Köln ist schön", "Köln ist schön")]
    [InlineData("Ã alone", "Ã alone")]
    [InlineData("عربي", "عربي")]
    public void Repair_Mojibake_FixesOnlyDoubleEncodedText(string input, string expected) =>
        Assert.Equal(expected, Mojibake.Repair(input));

    [Property(MaxTest = 500)]
    public void Repair_DoubleEncodedText_GivesBackTheOriginal(string? text)
    {
        var clean = new string([.. (text ?? "").Where(c => !char.IsSurrogate(c))]);
        var doubled = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(clean));

        Assert.Equal(clean, Mojibake.Repair(doubled));
    }

    [Property(MaxTest = 500)]
    public void Repair_TextWithoutMojibakePairs_IsUnchanged(string? text)
    {
        text ??= "";
        if (!Mojibake.IsLikely(text))
        {
            Assert.Same(text, Mojibake.Repair(text));
        }
    }
}
