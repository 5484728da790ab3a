using Vigil.Storage.Audit;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Tests.Commands;

public sealed class LabelCommandTests
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Label_StoredPost_ReportsTheCorrectionWithWhoAndWhen()
    {
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());

        var result = await _cli.RunAsync("label", "telegram:1", "smuggling_offer", "--by", "alice", "--reason", "journey advert", "--store", _cli.Store());

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("labelled telegram:1 as smuggling_offer", result.Out);
        Assert.Contains("by alice at 2026-11-02 09:30:00Z", result.Out);
        var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(_cli.Store()), TimeProvider.System, TestContext.Current.CancellationToken);
        var entry = Assert.Single(await log.RecentAsync(10, TestContext.Current.CancellationToken), e => e.Action == "cli:label");
        Assert.Equal("telegram:1", entry.Target);
        Assert.Equal("smuggling_offer by alice", entry.Reason);
    }

    [Fact]
    public async Task Label_UnknownCategory_FailsWithTheListOfCategories()
    {
        var result = await _cli.RunAsync("label", "telegram:1", "smuggling", "--store", _cli.Store());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("smuggling_offer, document_fraud", result.Error);
    }

    [Fact]
    public async Task Label_UnknownPost_FailsAndSaysHowToNameAPost()
    {
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());

        var result = await _cli.RunAsync("label", "telegram:999", "unrelated", "--store", _cli.Store());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no post 'telegram:999'", result.Error);
    }
}
