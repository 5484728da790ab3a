using Vigil.Storage.Audit;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Tests.Commands;

public sealed class SearchAndStatsCommandTests
{
    private readonly CliHarness _cli = new();

    private async Task ImportAsync() =>
        Assert.Equal(0, (await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store())).ExitCode);

    [Fact]
    public async Task Search_Table_ShowsMatchingPostsOnly()
    {
        await ImportAsync();

        var result = await _cli.RunAsync("search", "Lesbos", "--store", _cli.Store());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("mastodon:5", result.Console);
        Assert.DoesNotContain("telegram:1", result.Console);
        Assert.Contains("1 result.", result.Console);
    }

    [Fact]
    public async Task Search_WritesWhoAndTheQueryToTheAccessLog()
    {
        await ImportAsync();

        var result = await _cli.RunAsync("search", "Lesbos", "--store", _cli.Store());

        Assert.True(result.ExitCode == 0, result.All);
        var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(_cli.Store()), TimeProvider.System, TestContext.Current.CancellationToken);
        var entry = Assert.Single(await log.RecentAsync(10, TestContext.Current.CancellationToken), e => e.Action == "cli:search");
        Assert.Equal("Lesbos", entry.Target);
        Assert.Equal($"cli:{Environment.UserName}", entry.User);
        Assert.True((await log.VerifyAsync(TestContext.Current.CancellationToken)).Intact);
    }

    [Fact]
    public async Task Search_AccessLogCannotBeWritten_ShowsNothing()
    {
        await ImportAsync();
        Directory.CreateDirectory(VigilWebOptions.SecurityPathFor(_cli.Store())); // a folder where the log file should be

        var result = await _cli.RunAsync("search", "Lesbos", "--store", _cli.Store());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("access log", result.Error);
        Assert.DoesNotContain("mastodon:5", result.Console + result.Out);
    }

    [Fact]
    public async Task Search_Limit_CapsResults()
    {
        await ImportAsync();

        var result = await _cli.RunAsync("search", "phone", "--store", _cli.Store(), "--json", "--limit", "2");

        Assert.Equal(2, result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Search_NoStoreYet_SaysToImportFirst()
    {
        var result = await _cli.RunAsync("search", "boat", "--store", _cli.Store("missing.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("vigil import", result.Error);
        Assert.False(File.Exists(_cli.Store("missing.db")));
    }

    [Fact]
    public async Task Search_LimitOutOfRange_Error()
    {
        var result = await _cli.RunAsync("search", "boat", "--limit", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--limit", result.Error);
    }

    [Fact]
    public async Task Stats_AfterImport_CountsByPlatformSourceLanguageAndDay()
    {
        await ImportAsync();

        var result = await _cli.RunAsync("stats", "--store", _cli.Store());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("5 posts", result.Console); // none of the five is analysed as unrelated, so all are stored
        Assert.Matches(@"telegram\s*│\s*3", result.Console);
        Assert.Matches(@"sea_trips\s*│\s*3", result.Console);
        Assert.Matches(@"2026-11-02\s*│\s*2", result.Console);
        Assert.Matches(@"\bar\s*│\s*2", result.Console);
        Assert.Contains("0 unrelated posts counted, not stored", result.Console);
    }

    [Fact]
    public async Task Import_ClearText_AnalysedBeforeStoring()
    {
        await ImportAsync();

        var stats = await _cli.RunAsync("stats", "--store", _cli.Store());
        var search = await _cli.RunAsync("search", "إزمير", "--store", _cli.Store(), "--json");

        Assert.DoesNotContain("unanalysed", stats.Console);
        Assert.Contains("\"category\":", search.Out);
        Assert.Contains("\"lang\":\"ar\"", search.Out);
    }
}
