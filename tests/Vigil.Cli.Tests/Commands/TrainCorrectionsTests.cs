using Vigil.Cli.Commands;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Sqlite;
using Vigil.Testing;
using Vigil.Web.Data;
using Vigil.Web.Decisions;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Tests.Commands;

/// <summary>A correction made in the dashboard's triage queue is a training example for `vigil train`.</summary>
public sealed class TrainCorrectionsTests
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Corrections_IncludeADashboardTriageCorrection_WithWhoWhenAndWhy()
    {
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());
        var clock = Clocks.At();
        await using var store = await SqlitePostStore.OpenAsync(_cli.Store());
        var decisions = await DecisionStore.OpenAsync(VigilWebOptions.SecurityPathFor(_cli.Store()), clock, CancellationToken.None);
        var recorder = new TriageRecorder(decisions, store, new DashboardQueries(store), clock);
        var post = new PostKey("telegram", "1");

        var decision = await recorder.RecordAsync(post, DecisionKind.Correct, Category.DocumentFraud, null, "dana", "sells passports", CancellationToken.None);

        Assert.NotNull(decision);
        var training = await TrainCommand.CorrectionsAsync(store, CancellationToken.None);
        var example = Assert.Single(training);
        Assert.Equal("telegram:1", example.Id);
        Assert.Equal(Category.DocumentFraud, example.Category);
        Assert.Equal("train", example.Split);
        var label = Assert.Single(await store.LabelHistoryAsync(post, CancellationToken.None));
        Assert.Equal("dana", label.By);
        Assert.Equal(clock.GetUtcNow(), label.At);
        Assert.Equal("sells passports", label.Reason);
    }

    [Fact]
    public async Task Corrections_IgnoreDecisionsThatAreNotCorrections()
    {
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());
        var clock = Clocks.At();
        await using var store = await SqlitePostStore.OpenAsync(_cli.Store());
        var decisions = await DecisionStore.OpenAsync(VigilWebOptions.SecurityPathFor(_cli.Store()), clock, CancellationToken.None);
        var recorder = new TriageRecorder(decisions, store, new DashboardQueries(store), clock);

        await recorder.RecordAsync(new PostKey("telegram", "1"), DecisionKind.Confirm, null, null, "dana", null, CancellationToken.None);
        await recorder.RecordAsync(new PostKey("telegram", "1"), DecisionKind.Dismiss, null, null, "dana", null, CancellationToken.None);

        Assert.Empty(await TrainCommand.CorrectionsAsync(store, CancellationToken.None));
        Assert.Null(await recorder.RecordAsync(new PostKey("telegram", "nope"), DecisionKind.Correct, Category.Unrelated, null, "dana", null, CancellationToken.None));
    }
}
