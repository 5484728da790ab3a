using Vigil.Storage.Audit;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Tests.Commands;

public sealed class ReportCommandTests(DemoStore demo) : IClassFixture<DemoStore>
{
    [Fact]
    public async Task Report_DemoStore_WritesHtmlAndPdfAndLogsTheDisclosure()
    {
        var html = Path.Combine(demo.Cli.Home, "reports", "demo.html");
        var pdf = Path.Combine(demo.Cli.Home, "reports", "demo.pdf");

        var result = await demo.Cli.RunAsync("report", "--store", demo.Store, "--from", "2026-10-01", "--to", "2026-10-31", "--out", html, "--pdf", pdf, "--k", "12", "--synthetic", "--by", "analyst.two");

        Assert.True(result.ExitCode == 0, result.All);
        var text = await File.ReadAllTextAsync(html, TestContext.Current.CancellationToken);
        Assert.Contains("2026-10-01</b> to <b>2026-10-31", text);
        Assert.Contains("k = 12", text);
        Assert.Contains("&lt;12", text);
        Assert.Contains("Synthetic data", text);
        Assert.Contains("written to", result.Console);
        Assert.Equal("%PDF-"u8.ToArray(), (await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken))[..5]);

        var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(demo.Store), TimeProvider.System, TestContext.Current.CancellationToken);
        var entry = Assert.Single(await log.RecentAsync(100, TestContext.Current.CancellationToken), e => e.Action == "disclose:strategic-report" && e.User == "analyst.two");
        Assert.Equal("period 2026-10-01..2026-10-31", entry.Target);
        Assert.Contains("k=12", entry.Reason);
        Assert.Contains(html, entry.Reason);
        Assert.True((await log.VerifyAsync(TestContext.Current.CancellationToken)).Intact);
    }

    [Theory]
    [InlineData("2026-13-01", "2026-10-31", "yyyy-MM-dd")]
    [InlineData("2026-10-31", "2026-10-01", "--from before --to")]
    public async Task Report_BadPeriod_SaysWhatToDoAndWritesNothing(string from, string to, string message)
    {
        var html = Path.Combine(demo.Cli.Home, "reports", $"bad-{from}.html");

        var result = await demo.Cli.RunAsync("report", "--store", demo.Store, "--from", from, "--to", to, "--out", html);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.False(File.Exists(html));
    }

    [Fact]
    public async Task Report_ThresholdTooSmall_IsRefused()
    {
        var result = await demo.Cli.RunAsync("report", "--store", demo.Store, "--from", "2026-10-01", "--to", "2026-10-31", "--k", "1", "--out", Path.Combine(demo.Cli.Home, "k1.html"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("at least 3", result.Error);
    }
}
