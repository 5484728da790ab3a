using Microsoft.Playwright;

namespace Vigil.Reports.Pdf;

/// <summary>The outcome of printing a PDF: written, or why not (a sentence saying what to do).</summary>
public sealed record PdfOutcome(bool Written, string? Problem);

/// <summary>
/// Prints an HTML report to PDF with Debian's Chromium driven by Playwright (<c>page.PdfAsync</c>). The
/// browser runs headless, offline (the report loads no resource), and is closed before returning.
/// </summary>
public static class PdfPrinter
{
    /// <summary>Where Chromium is: <c>VIGIL_CHROMIUM</c> when set, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ChromiumPath(string? configured) => string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;

    public static async Task<PdfOutcome> PrintAsync(string html, string pdfPath, string chromiumPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(chromiumPath))
        {
            return new PdfOutcome(false, $"Chromium was not found at {chromiumPath}, so no PDF was written: install Debian's chromium (apt-get install chromium) or set VIGIL_CHROMIUM to its path, or print the HTML report from a browser.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false, Offline = true });
        await page.SetContentAsync(html);
        var directory = Path.GetDirectoryName(Path.GetFullPath(pdfPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await page.PdfAsync(new PagePdfOptions { Path = pdfPath, Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        await browser.CloseAsync();
        return new PdfOutcome(true, null);
    }
}
