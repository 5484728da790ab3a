using System.IO.Compression;
using System.Text;
using Vigil.Ingest.Importers;
using Vigil.Ingest.Importers.Input;

namespace Vigil.Ingest.Tests.Importers;

/// <summary>The "Bad input" cases of issue 2: each gets a clear message naming file and line, and the rest is kept.</summary>
public sealed class BadInputTests
{
    private const string Arabic = "رحلة من ليبيا إلى إيطاليا بالقارب، السعر ثلاثة آلاف دولار، اتصل بنا";
    private const string Russian = "Перевозка из Беларуси в Польшу через лес, цена две тысячи евро, пишите";

    private static string Line(string id, string text) => $"{{\"id\":\"{id}\",\"text\":\"{text}\"}}\n";

    [Fact]
    public async Task Import_Utf16LeWithBom_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Line("1", Arabic) + Line("2", Russian))).ToArray();

        var run = await ImportRun.BytesAsync(bytes);

        Assert.Equal([Arabic, Russian], run.Posts.Select(p => p.Text));
        Assert.Empty(run.Rejections);
    }

    [Fact]
    public async Task Import_Utf16BeWithBom_IsDecoded()
    {
        var be = Encoding.BigEndianUnicode;
        var run = await ImportRun.BytesAsync([.. be.GetPreamble(), .. be.GetBytes(Line("1", Russian))]);

        Assert.Equal(Russian, Assert.Single(run.Posts).Text);
    }

    [Fact]
    public async Task Import_Utf8WithBom_DropsTheBom()
    {
        var run = await ImportRun.BytesAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Line("1", "hello"))]);

        Assert.Equal("1", Assert.Single(run.Posts).NativeId);
    }

    [Fact]
    public async Task Import_Windows1256WithoutDeclaration_IsGuessedAsArabic()
    {
        var run = await ImportRun.BytesAsync(TextEncodings.Windows1256.GetBytes(Line("1", Arabic)));

        Assert.Equal(Arabic, Assert.Single(run.Posts).Text);
        Assert.Contains(run.Source.Notes.All, n => n.Contains("windows-1256", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_Windows1251WithoutDeclaration_IsGuessedAsCyrillic()
    {
        var run = await ImportRun.BytesAsync(TextEncodings.Windows1251.GetBytes(Line("1", Russian)));

        Assert.Equal(Russian, Assert.Single(run.Posts).Text);
        Assert.Contains(run.Source.Notes.All, n => n.Contains("windows-1251", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ExplicitEncodingOption_WinsOverTheGuess()
    {
        // Cyrillic bytes read as 1256 would be nonsense; the option says 1251.
        var bytes = TextEncodings.Windows1251.GetBytes(Line("1", "Привет"));

        var run = await ImportRun.BytesAsync(bytes, options: ImportRun.Options with { Encoding = "windows-1251" });

        Assert.Equal("Привет", Assert.Single(run.Posts).Text);
        Assert.DoesNotContain(run.Source.Notes.All, n => n.Contains("guessed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_UnknownEncodingOption_RejectsTheFileWithAClearMessage()
    {
        var run = await ImportRun.TextAsync(Line("1", "a"), options: ImportRun.Options with { Encoding = "klingon-9" });

        var rejection = Assert.Single(run.Rejections);
        Assert.Equal(0, rejection.Line);
        Assert.Contains("Unknown encoding 'klingon-9'", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OneLegacyLineInAUtf8File_IsReadWithTheLegacyCodePage()
    {
        // The head (first 64 KB) is valid UTF-8, so the file is read as UTF-8; the stray line comes later.
        var head = string.Concat(Enumerable.Range(0, 1000).Select(i => Line($"u{i}", "plain UTF-8 line with some padding text to fill the head " + i)));
        var bytes = Encoding.UTF8.GetBytes(head).Concat(TextEncodings.Windows1256.GetBytes(Line("legacy", Arabic))).ToArray();

        var run = await ImportRun.BytesAsync(bytes);

        Assert.Equal(1001, run.Posts.Count);
        Assert.Equal(Arabic, run.Posts[^1].Text);
        Assert.Contains(run.Source.Notes.All, n => n.StartsWith("1 line(s) were not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_NulBytes_AreStrippedWithANote()
    {
        var bytes = Encoding.UTF8.GetBytes(Line("1", "ab\0c") + "\0\0" + Line("2", "d"));

        var run = await ImportRun.BytesAsync(bytes);

        Assert.Equal(["abc", "d"], run.Posts.Select(p => p.Text));
        Assert.Contains("3 NUL byte(s) were removed from the input.", run.Source.Notes.All);
    }

    [Fact]
    public async Task Import_TenMegabyteSingleLine_IsRejectedAndTheNextLinesKept()
    {
        var path = Path.Combine(Vigil.Testing.TestPaths.TempDir(), "big.jsonl");
        await using (var file = File.Create(path))
        {
            await file.WriteAsync(Encoding.UTF8.GetBytes(Line("1", "before")), TestContext.Current.CancellationToken);
            await file.WriteAsync(Encoding.UTF8.GetBytes("{\"id\":\"big\",\"text\":\""), TestContext.Current.CancellationToken);
            var chunk = Encoding.UTF8.GetBytes(new string('a', 1 << 20));
            for (var i = 0; i < 10; i++)
            {
                await file.WriteAsync(chunk, TestContext.Current.CancellationToken);
            }

            await file.WriteAsync(Encoding.UTF8.GetBytes("\"}\n" + Line("3", "after")), TestContext.Current.CancellationToken);
        }

        var run = await ImportRun.FileAsync(path);

        Assert.Equal(["before", "after"], run.Posts.Select(p => p.Text));
        var rejection = Assert.Single(run.Rejections);
        Assert.Equal(2, rejection.Line);
        Assert.Equal($"Line 2 is {10 * (1 << 20) + 22:N0} bytes long, more than the limit of 1,048,576 bytes; it was skipped.", rejection.Reason);
        Assert.Null(rejection.Raw);
    }

    [Fact]
    public async Task Import_UnknownFormat_GivesOneRejectionNamingFileAndFormats()
    {
        var run = await ImportRun.TextAsync("just some words without any structure\n", "notes.txt");

        var rejection = Assert.Single(run.Rejections);
        Assert.Empty(run.Posts);
        Assert.Equal(0, rejection.Line);
        Assert.EndsWith("notes.txt", rejection.File, StringComparison.Ordinal);
        Assert.Contains("notes.txt: the format is not recognised", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("Telegram Desktop export JSON", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BinaryGarbage_IsAnUnknownFormat()
    {
        var run = await ImportRun.BytesAsync([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "image.jsonl");

        Assert.Contains("the format is not recognised", Assert.Single(run.Rejections).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_SaysTheFileDoesNotExist()
    {
        var run = await ImportRun.FileAsync("/nonexistent/dir/posts.jsonl");

        var rejection = Assert.Single(run.Rejections);
        Assert.Equal("Cannot read /nonexistent/dir/posts.jsonl: the file does not exist.", rejection.Reason);
    }

    [Fact]
    public async Task Import_GzipWithoutGzExtension_IsDetectedByMagicBytes()
    {
        using var buffer = new MemoryStream();
        await using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gz.WriteAsync(Encoding.UTF8.GetBytes(Line("1", Arabic) + Line("2", Russian)), TestContext.Current.CancellationToken);
        }

        var run = await ImportRun.BytesAsync(buffer.ToArray(), "posts.jsonl");

        Assert.Equal([Arabic, Russian], run.Posts.Select(p => p.Text));
    }

    [Fact]
    public async Task Import_EmptyFile_IsAnUnknownFormatNotACrash()
    {
        var run = await ImportRun.BytesAsync([], "empty.jsonl");

        Assert.Empty(run.Posts);
        Assert.Contains("not recognised", Assert.Single(run.Rejections).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ForcedFormat_SkipsDetection()
    {
        var run = await ImportRun.TextAsync("{\"text\":\"a\"}", "x.bin", ImportRun.Options with { Format = InputFormat.Jsonl });

        Assert.Equal(InputFormat.Jsonl, run.Source.Format);
        Assert.Single(run.Posts);
    }
}
