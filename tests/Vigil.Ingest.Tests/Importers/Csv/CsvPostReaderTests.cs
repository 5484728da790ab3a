using System.Text;
using Vigil.Core.Posts;
using Vigil.Ingest.Importers;
using Vigil.Ingest.Importers.Csv;

namespace Vigil.Ingest.Tests.Importers.Csv;

public sealed class CsvPostReaderTests
{
    [Fact]
    public async Task Read_CrowdTangleExport_UsesThePresetAndMapsFields()
    {
        var run = await ImportRun.FixtureAsync("csv", "crowdtangle-sample.csv");

        Assert.Equal(4, run.Posts.Count);
        Assert.Empty(run.Rejections);
        Assert.Contains("CSV columns mapped with the CrowdTangle mapping.", run.Source.Notes.All);
        var first = run.Posts[0];
        Assert.Equal("facebook", first.Platform);
        Assert.Equal("https://www.facebook.com/exampletravelpage/posts/1111111111", first.NativeId);
        Assert.Equal("Example Travel Page", first.Source);
        Assert.Equal("exampletravelpage", first.Author);
        Assert.StartsWith("رحلة من إزمير", first.Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2021, 3, 1, 17, 34, 56, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal(new Engagement(2000, 100, 5, 15), first.Engagement);
    }

    [Fact]
    public async Task Read_MultiLineQuotedCell_StaysOneRecord()
    {
        var run = await ImportRun.FixtureAsync("csv", "crowdtangle-sample.csv");

        Assert.Equal("Warnung: Schlepper verlangen hohe Preise.\nZweite Zeile des Beitrags.", run.Posts[1].Text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Read_HostileCells_AreImportedVerbatimAsText()
    {
        var run = await ImportRun.FixtureAsync("csv", "crowdtangle-sample.csv");

        Assert.Equal("=cmd|' /C calc'!A0", run.Posts[2].Text);
        Assert.Equal("<script>alert('x')</script><b>Переправа</b> в Европу", run.Posts[3].Text);
    }

    [Fact]
    public async Task Read_FourCatExport_UsesThePresetAndLinksReplies()
    {
        var run = await ImportRun.FixtureAsync("csv", "4cat-sample.csv");

        Assert.Equal(3, run.Posts.Count);
        Assert.Contains("CSV columns mapped with the 4CAT mapping.", run.Source.Notes.All);
        Assert.Equal("900002", run.Posts[1].NativeId);
        Assert.Equal("900001", run.Posts[1].ReplyTo);
        Assert.Null(run.Posts[0].ReplyTo);
        Assert.Equal("anon_author_3", run.Posts[2].Author);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 18, 30, 0, TimeSpan.Zero), run.Posts[2].CreatedAt);
    }

    [Fact]
    public async Task Read_UnknownHeaders_AreGuessedByName()
    {
        var run = await ImportRun.FixtureAsync("csv", "generic-semicolon.csv");

        Assert.Contains("CSV columns mapped with the guessed mapping.", run.Source.Notes.All);
        Assert.Equal(2, run.Posts.Count);
        Assert.Equal("501", run.Posts[0].NativeId);
        Assert.Equal("demo_channel", run.Posts[0].Source);
        Assert.Equal("@demo_user", run.Posts[0].Author);
        Assert.Equal("Boat to Lampedusa this week, contact me", run.Posts[0].Text);
        Assert.Equal(1200, run.Posts[0].Engagement.Views);
        Assert.Equal("Text with ; semicolon inside", run.Posts[1].Text);
    }

    [Fact]
    public async Task Read_UserSuppliedMapping_IsUsed()
    {
        var (mapping, error) = CsvMapping.Parse("text=Nachricht, author=Konto, created_at=Zeit");
        Assert.Null(error);

        var run = await ImportRun.TextAsync("Konto,Nachricht,Zeit\n@k,Hallo Welt,2025-02-03T04:05:06Z\n", "x.csv",
            ImportRun.Options with { CsvMapping = mapping, Platform = "telegram" });

        var post = Assert.Single(run.Posts);
        Assert.Equal("Hallo Welt", post.Text);
        Assert.Equal("@k", post.Author);
        Assert.Equal("telegram", post.Platform);
        Assert.Equal(new DateTimeOffset(2025, 2, 3, 4, 5, 6, TimeSpan.Zero), post.CreatedAt);
    }

    [Fact]
    public async Task Read_MappingNamesAMissingColumn_RejectsTheFileOnTheHeaderLine()
    {
        var (mapping, _) = CsvMapping.Parse("text=Body");

        var run = await ImportRun.TextAsync("a,b\n1,2\n", "x.csv", ImportRun.Options with { CsvMapping = mapping });

        var rejection = Assert.Single(run.Rejections);
        Assert.Equal(1, rejection.Line);
        Assert.Contains("'Body' that is not in the CSV header", rejection.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("author=x", "no text column")]
    [InlineData("text", "is not field=Column")]
    [InlineData("text=a,colour=b", "'colour' is not a post field")]
    public void Parse_BadSpec_ReturnsAnError(string spec, string expected)
    {
        var (mapping, error) = CsvMapping.Parse(spec);

        Assert.Null(mapping);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_HeaderWithoutTextColumn_RejectsWithAdvice()
    {
        var run = await ImportRun.TextAsync("alpha,beta\n1,2\n", "x.csv");

        var rejection = Assert.Single(run.Rejections);
        Assert.Contains("no column for the post text", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("text=YourColumn", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MalformedRow_IsRejectedAloneWithItsLine()
    {
        var run = await ImportRun.TextAsync("id,text\n1,good\n2,\"bad\"tail\n3,also good\n", "x.csv");

        Assert.Equal(["1", "3"], run.Posts.Select(p => p.NativeId));
        var rejection = Assert.Single(run.Rejections);
        Assert.Equal(3, rejection.Line);
        Assert.Contains("malformed CSV", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_OverlongLine_IsRejectedAndTheRestKept()
    {
        var csv = "id,text\n1,short\n2," + new string('x', 5000) + "\n3,after\n";

        var run = await ImportRun.TextAsync(csv, "x.csv", ImportRun.Options with { MaxRecordBytes = 1000 });

        Assert.Equal(["1", "3"], run.Posts.Select(p => p.NativeId));
        var rejection = Assert.Single(run.Rejections);
        Assert.Equal(3, rejection.Line);
        Assert.Equal("Line 3 is 5,002 bytes long, more than the limit of 1,000 bytes; it was skipped.", rejection.Reason);
    }

    [Fact]
    public async Task Read_Windows1256Csv_IsDecoded()
    {
        var bytes = Vigil.Ingest.Importers.Input.TextEncodings.Windows1256.GetBytes("id,text\n1,تهريب إلى اليونان بالقارب\n");

        var run = await ImportRun.BytesAsync(bytes, "x.csv");

        Assert.Equal("تهريب إلى اليونان بالقارب", Assert.Single(run.Posts).Text);
    }

    [Fact]
    public async Task Read_Utf16Csv_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("id\ttext\n1\tПривет\n")).ToArray();

        var run = await ImportRun.BytesAsync(bytes, "x.tsv");

        Assert.Equal(InputFormat.Csv, run.Source.Format);
        Assert.Equal("Привет", Assert.Single(run.Posts).Text);
    }
}
