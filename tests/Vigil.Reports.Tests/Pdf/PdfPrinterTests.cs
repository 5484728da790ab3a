using Vigil.Reports.Pdf;
using Vigil.Testing;

namespace Vigil.Reports.Tests.Pdf;

public sealed class PdfPrinterTests
{
    [Fact]
    public async Task Print_WithDebianChromium_WritesAPdf()
    {
        var chromium = PdfPrinter.ChromiumPath(Environment.GetEnvironmentVariable("VIGIL_CHROMIUM"));
        var path = Path.Combine(TestPaths.TempDir("vigil-pdf"), "report.pdf");

        var outcome = await PdfPrinter.PrintAsync("<!DOCTYPE html><html><body><h1>Strategic picture</h1><p>العربية · русский</p></body></html>", path, chromium, TestContext.Current.CancellationToken);

        Assert.True(outcome.Written, outcome.Problem);
        var head = new byte[5];
        await using (var file = File.OpenRead(path))
        {
            await file.ReadExactlyAsync(head, TestContext.Current.CancellationToken);
        }

        Assert.Equal("%PDF-"u8.ToArray(), head);
    }

    [Fact]
    public async Task Print_ChromiumMissing_SaysHowToGetAPdfAndWritesNothing()
    {
        var path = Path.Combine(TestPaths.TempDir("vigil-pdf"), "report.pdf");

        var outcome = await PdfPrinter.PrintAsync("<html></html>", path, "/nonexistent/chromium", TestContext.Current.CancellationToken);

        Assert.False(outcome.Written);
        Assert.Contains("VIGIL_CHROMIUM", outcome.Problem);
        Assert.False(File.Exists(path));
    }
}
