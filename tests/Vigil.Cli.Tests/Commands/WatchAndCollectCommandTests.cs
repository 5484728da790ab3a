using Vigil.Storage.Sqlite;
using Vigil.Testing.Replay;

namespace Vigil.Cli.Tests.Commands;

/// <summary><c>vigil watch</c> and <c>vigil collect</c> in-process, against a loopback replay server.</summary>
public sealed class WatchAndCollectCommandTests
{
    [Fact]
    public async Task WatchAdd_ThenList_ShowsTheNormalisedWatchWithItsInterval()
    {
        var cli = new CliHarness();

        var add = await cli.RunAsync("watch", "add", "telegram:@Some_Channel", "--interval", "30m", "--store", cli.Store());
        var list = await cli.RunAsync("watch", "list", "--store", cli.Store());

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("Watching telegram:some_channel every 30m", add.Out);
        Assert.Contains("telegram:some_channel", list.Console);
        Assert.Contains("30m", list.Console);
        Assert.Contains("never", list.Console);
    }

    [Theory]
    [InlineData("telegram:../../etc", "not a Telegram channel name")]
    [InlineData("nosuchplatform:x", "no connector for 'nosuchplatform'")]
    [InlineData("just_a_name", "not platform:target")]
    public async Task WatchAdd_BadSource_FailsWithASentenceAndStoresNothing(string source, string expected)
    {
        var cli = new CliHarness();

        var add = await cli.RunAsync("watch", "add", source, "--store", cli.Store());
        var list = await cli.RunAsync("watch", "list", "--store", cli.Store());

        Assert.Equal(1, add.ExitCode);
        Assert.Contains(expected, add.Error);
        Assert.Contains("No watches yet", list.Out);
    }

    [Fact]
    public async Task WatchAdd_IntervalBelowOneMinute_IsRefused()
    {
        var cli = new CliHarness();

        var add = await cli.RunAsync("watch", "add", "telegram:some_channel", "--interval", "10s", "--store", cli.Store());

        Assert.Equal(1, add.ExitCode);
        Assert.Contains("at least 1 minute", add.Error);
    }

    [Fact]
    public async Task WatchRemove_KnownAndUnknown()
    {
        var cli = new CliHarness();
        await cli.RunAsync("watch", "add", "telegram:some_channel", "--store", cli.Store());

        var removed = await cli.RunAsync("watch", "remove", "telegram:Some_Channel", "--store", cli.Store());
        var again = await cli.RunAsync("watch", "remove", "telegram:some_channel", "--store", cli.Store());

        Assert.Equal(0, removed.ExitCode);
        Assert.Contains("Stopped watching telegram:some_channel", removed.Out);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("There is no watch", again.Error);
    }

    [Fact]
    public async Task Collect_NoWatches_SaysHowToAddOne()
    {
        var cli = new CliHarness();

        var result = await cli.RunAsync("collect", "--store", cli.Store());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("vigil watch add", result.Error);
    }

    [Fact]
    public async Task Collect_AgainstReplay_StoresPostsAndPrintsPerSourceSummary()
    {
        await using var server = await ReplayServer.StartAsync(TestContext.Current.CancellationToken);
        foreach (var (path, html) in TelegramPreview.Channel("cli_chan", newest: 5, perPage: 3))
        {
            server.On(path, Reply.Html(html));
        }

        var cli = new CliHarness();
        cli.Environment["VIGIL_COLLECT_URL_TELEGRAM"] = server.BaseAddress.ToString();
        cli.Environment["VIGIL_COLLECT_ALLOW_PRIVATE"] = server.Endpoint;
        await cli.RunAsync("watch", "add", "telegram:cli_chan", "--store", cli.Store());
        await cli.RunAsync("watch", "add", "telegram:gone_chan", "--store", cli.Store());

        var first = await cli.RunAsync("collect", "--store", cli.Store());
        var second = await cli.RunAsync("collect", "--store", cli.Store());
        var list = await cli.RunAsync("watch", "list", "--store", cli.Store());

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"telegram:cli_chan: \d new, 0 duplicate, 0 failed, \d unrelated counted only \(2 pages\)", first.Console);
        Assert.Contains("telegram:gone_chan does not exist (HTTP 404)", first.Console);
        Assert.Contains("telegram:cli_chan: 0 new", second.Console);
        Assert.Matches(@"telegram:cli_chan\s*│\s*15m\s*│\s*yes\s*│\s*5", list.Console);
        await using var store = await SqlitePostStore.OpenAsync(cli.Store(), cancellationToken: TestContext.Current.CancellationToken);
        var minimised = (await store.MinimisedCountsAsync(TestContext.Current.CancellationToken)).Sum(c => c.Posts);
        Assert.Equal(5, await store.CountAsync(TestContext.Current.CancellationToken) + minimised);
    }
}
