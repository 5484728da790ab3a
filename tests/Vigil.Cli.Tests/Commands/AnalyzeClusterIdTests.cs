using System.Text.Json;
using Vigil.Storage.Sqlite;
using Vigil.Web.Data;

namespace Vigil.Cli.Tests.Commands;

/// <summary><c>vigil analyze --store</c>: each result names the stored near-duplicate cluster the post falls into.</summary>
public sealed class AnalyzeClusterIdTests(DemoStore demo) : IClassFixture<DemoStore>
{
    [Fact]
    public async Task Analyze_WithStore_RepostOfAClusteredAdvert_GetsThatClusterId()
    {
        // Given a cluster of the demo store and a repost of its first advert with one more word
        var (clusterId, text) = await FirstClusterAsync();
        var input = Path.Combine(demo.Cli.Home, "reposts.jsonl");
        var output = Path.Combine(demo.Cli.Home, "reposts.out.jsonl");
        await File.WriteAllLinesAsync(input, [
            JsonSerializer.Serialize(new { id = "repost", text = text + " urgent" }),
            JsonSerializer.Serialize(new { id = "other", text = "Lovely autumn afternoon in the park, we baked apple pie with grandmother and played chess until dark." }),
        ], TestContext.Current.CancellationToken);

        // When analysed against the store
        var result = await demo.Cli.RunAsync("analyze", "--input", input, "--output", output, "--store", demo.Store);

        // Then the repost carries the cluster's id and the unrelated post carries none
        Assert.True(result.ExitCode == 0, result.All);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(clusterId, lines[0].GetProperty("cluster_id").GetString());
        Assert.False(lines[1].TryGetProperty("cluster_id", out _));
    }

    [Fact]
    public async Task Analyze_WithoutStore_HasNoClusterId()
    {
        var (_, text) = await FirstClusterAsync();
        var input = Path.Combine(demo.Cli.Home, "nostore.jsonl");
        var output = Path.Combine(demo.Cli.Home, "nostore.out.jsonl");
        await File.WriteAllLinesAsync(input, [JsonSerializer.Serialize(new { id = "repost", text })], TestContext.Current.CancellationToken);

        var result = await demo.Cli.RunAsync("analyze", "--input", input, "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.False(JsonDocument.Parse(File.ReadAllLines(output)[0]).RootElement.TryGetProperty("cluster_id", out _));
    }

    [Fact]
    public async Task Analyze_MissingStore_FailsWithAnError()
    {
        var input = Path.Combine(demo.Cli.Home, "one.jsonl");
        await File.WriteAllLinesAsync(input, [JsonSerializer.Serialize(new { id = "1", text = "hello" })], TestContext.Current.CancellationToken);

        var result = await demo.Cli.RunAsync("analyze", "--input", input, "--output", "-", "--store", demo.Cli.Store("absent.db"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
    }

    private async Task<(string Id, string Text)> FirstClusterAsync()
    {
        var (store, error) = await SqlitePostStore.TryOpenAsync(demo.Store, new SqliteStoreOptions { ReadOnly = true }, TestContext.Current.CancellationToken);
        Assert.True(store is not null, error?.Message);
        await using (store)
        {
            var clusters = await new DashboardQueries(store).ClustersAsync(1, 1, TestContext.Current.CancellationToken);
            Assert.NotEmpty(clusters);
            return (clusters[0].Id, PseudonymTokens.Strip(clusters[0].Posts[0].Text));
        }
    }
}
