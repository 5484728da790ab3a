using Vigil.Testing;

namespace Vigil.Cli.Tests.Commands;

public sealed class EvalIndicatorsCommandTests
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task EvalIndicators_DevelopmentSet_PrintsPrecisionRecallPerTypeAndLanguage()
    {
        var result = await _cli.RunAsync("eval", "--indicators", TestPaths.Data("corpus", "indicators", "indicators-dev.jsonl"));

        Assert.Equal(0, result.ExitCode);
        foreach (var type in new[] { "phones", "handles", "prices", "places", "transport", "payment", "guarantees", "documents" })
        {
            Assert.Contains(type, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("\nar ", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nru ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalIndicators_MalformedLine_ReportedAndSkipped()
    {
        var file = _cli.WriteFile("dev.jsonl", "{\"id\":\"1\",\"lang\":\"en\",\"text\":\"Boat to Greece 4500 EUR\",\"expected\":{\"prices\":[{\"amount\":4500,\"currency\":\"EUR\"}],\"transport\":[\"boat\"]}}\nnot json\n");

        var result = await _cli.RunAsync("eval", "--indicators", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(":2: not a labelled post", result.Error, StringComparison.Ordinal);
        Assert.Contains("on 1 posts", result.Out, StringComparison.Ordinal);
    }
}
