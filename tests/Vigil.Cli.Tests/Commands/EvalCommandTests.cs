using Vigil.Testing;

namespace Vigil.Cli.Tests.Commands;

public sealed class EvalCommandTests
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Eval_TestSplit_PrintsTheFalseFlagRateFirstThenTablesAndTheGoalVerdict()
    {
        var result = await _cli.RunAsync("eval", "--corpus", TestPaths.Data("corpus"));

        Assert.True(result.ExitCode == 0, result.All);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Classification quality on ", lines[0]);
        Assert.StartsWith("humanitarian_or_news flagged as smuggling or guidance:", lines[1]);
        Assert.StartsWith("macro-F1 ", lines[2]);
        Assert.Contains("confusion matrix (rows: gold, columns: predicted)", result.Out);
        Assert.Contains("expected calibration error", result.Out);
        Assert.Matches(@"^GOALS (NOT )?MET", lines[^1]);
    }

    [Fact]
    public async Task Eval_UnknownSplit_FailsWithTheChoices()
    {
        var result = await _cli.RunAsync("eval", "--split", "holdout", "--corpus", TestPaths.Data("corpus"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("use test, dev or train", result.Error);
    }

    [Fact]
    public async Task Eval_MalformedCorpusLine_IsReportedWithFileAndLineAndSkipped()
    {
        var dir = Path.Combine(_cli.Home, "corpus");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "posts.en.jsonl"),
            "{\"id\":\"a\",\"text\":\"UNHCR warns: do not trust smugglers\",\"lang\":\"en\",\"category\":\"humanitarian_or_news\",\"split\":\"test\"}\n{broken\n");

        var result = await _cli.RunAsync("eval", "--corpus", dir);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("posts.en.jsonl:2:", result.Error);
        Assert.StartsWith("Classification quality on 1 posts", result.Out);
    }

    [Fact]
    public async Task Eval_Errors_WritesEachMisclassifiedPostWithGoldAndPrediction()
    {
        var dir = Path.Combine(_cli.Home, "corpus-errors");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "posts.en.jsonl"),
            "{\"id\":\"right\",\"text\":\"UNHCR warns: do not trust smugglers, the sea crossing kills\",\"lang\":\"en\",\"category\":\"humanitarian_or_news\",\"split\":\"test\"}\n" +
            "{\"id\":\"wrong\",\"text\":\"UNHCR warns: do not trust smugglers, the sea crossing kills\",\"lang\":\"en\",\"category\":\"smuggling_offer\",\"split\":\"test\"}\n");
        var errors = Path.Combine(_cli.Home, "errors.jsonl");

        var result = await _cli.RunAsync("eval", "--corpus", dir, "--errors", errors);

        Assert.True(result.ExitCode == 0, result.All);
        var line = Assert.Single(File.ReadAllLines(errors));
        var root = System.Text.Json.JsonDocument.Parse(line).RootElement;
        Assert.Equal("wrong", root.GetProperty("id").GetString());
        Assert.Equal("smuggling_offer", root.GetProperty("gold").GetString());
        Assert.NotEqual("smuggling_offer", root.GetProperty("predicted").GetString());
    }

    [Fact]
    public async Task Eval_FalseFlagCost_BelowOne_FailsWithARange()
    {
        var result = await _cli.RunAsync("eval", "--corpus", TestPaths.Data("corpus"), "--false-flag-cost", "0.5");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("at least 1", result.Error);
    }
}
