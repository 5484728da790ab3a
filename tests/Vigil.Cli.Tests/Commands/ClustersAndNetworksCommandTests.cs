using System.Text.RegularExpressions;
using Vigil.Storage.Audit;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Tests.Commands;

public sealed partial class ClustersAndNetworksCommandTests(DemoStore demo) : IClassFixture<DemoStore>
{
    [Fact]
    public async Task Clusters_OnDemoStore_ListsRepostClusters()
    {
        var result = await demo.Cli.RunAsync("clusters", "--store", demo.Store, "--limit", "5");
        Assert.True(result.ExitCode == 0, result.All);
        var count = int.Parse(Count().Match(result.Console).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= 10, $"only {count} clusters on the demo store, which plants 16 reposted adverts");
        Assert.Contains("c_", result.Console);
    }

    [Fact]
    public async Task Networks_OnDemoStore_ListsAccountNetworks()
    {
        var result = await demo.Cli.RunAsync("networks", "--store", demo.Store);
        Assert.True(result.ExitCode == 0, result.All);
        var count = int.Parse(NetworkCount().Match(result.Console).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= 3, $"only {count} networks on the demo store, which plants 7");
        Assert.Contains("n_", result.Console);
    }

    [Fact]
    public async Task ClustersAndNetworks_AreWrittenToTheAccessLog()
    {
        var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(demo.Store), TimeProvider.System, TestContext.Current.CancellationToken);
        var before = (await log.RecentAsync(1, TestContext.Current.CancellationToken)).SingleOrDefault()?.Sequence ?? 0;

        Assert.Equal(0, (await demo.Cli.RunAsync("clusters", "--store", demo.Store, "--limit", "1")).ExitCode);
        Assert.Equal(0, (await demo.Cli.RunAsync("networks", "--store", demo.Store, "--limit", "1")).ExitCode);

        var actions = (await log.RecentAsync(50, TestContext.Current.CancellationToken)).Where(e => e.Sequence > before).Select(e => e.Action).ToList();
        Assert.Contains("cli:clusters", actions);
        Assert.Contains("cli:networks", actions);
    }

    [Fact]
    public async Task Clusters_MissingStore_SaysWhatToDo()
    {
        var result = await demo.Cli.RunAsync("clusters", "--store", demo.Cli.Store("none.db"));
        Assert.NotEqual(0, result.ExitCode);
    }

    [GeneratedRegex(@"(\d+) clusters of flagged posts")]
    private static partial Regex Count();

    [GeneratedRegex(@"(\d+) networks\.")]
    private static partial Regex NetworkCount();
}
