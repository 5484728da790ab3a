using System.Text.Json;
using Vigil.Testing;

namespace Vigil.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Analyze_GoldenInput_MatchesGoldenOutput()
    {
        var input = TestPaths.Fixture("analyze", "input.jsonl");
        var expectedPath = TestPaths.Fixture("analyze", "expected.jsonl");
        var output = Path.Combine(_cli.Home, "out.jsonl");

        var result = await _cli.RunAsync("analyze", "--input", input, "--output", output);

        Assert.Equal(0, result.ExitCode);
        var actual = await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken);
        if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(expectedPath, actual, TestContext.Current.CancellationToken);
        }

        var expected = await File.ReadAllTextAsync(expectedPath, TestContext.Current.CancellationToken);
        Assert.Equal(expected.Split('\n'), actual.Split('\n'));
    }

    [Fact]
    public async Task Analyze_MalformedLines_ReportedByNumberAndSkipped_OrderKept()
    {
        var output = Path.Combine(_cli.Home, "out.jsonl");
        var result = await _cli.RunAsync("analyze", "--input", TestPaths.Fixture("analyze", "input.jsonl"), "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("line 4: not valid JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 7: no \"id\"", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("without an id", result.Error, StringComparison.Ordinal);
        var ids = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(["ar-1", "fa-1", "tr-1", "ru-1", "en-1", "el-1", "ps-1", "empty"], ids);
    }

    [Fact]
    public async Task Analyze_EveryResult_HasTheContractFields()
    {
        var output = Path.Combine(_cli.Home, "out.jsonl");
        await _cli.RunAsync("analyze", "--input", TestPaths.Fixture("analyze", "input.jsonl"), "--output", output);

        string[] categories = ["smuggling_offer", "document_fraud", "facilitator_recruitment", "guidance_info", "migrant_request", "humanitarian_or_news", "unrelated"];
        foreach (var line in File.ReadAllLines(output))
        {
            var root = JsonDocument.Parse(line).RootElement;
            Assert.Equal(JsonValueKind.String, root.GetProperty("lang").ValueKind);
            Assert.Contains(root.GetProperty("category").GetString(), categories);
            Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
            Assert.Equal(JsonValueKind.Object, root.GetProperty("scores").ValueKind);
            var indicators = root.GetProperty("indicators");
            foreach (var field in new[] { "phones", "handles", "prices", "places", "transport", "payment", "guarantees", "documents" })
            {
                Assert.Equal(JsonValueKind.Array, indicators.GetProperty(field).ValueKind);
            }

            foreach (var place in indicators.GetProperty("places").EnumerateArray())
            {
                Assert.Contains(place.GetProperty("role").GetString(), new[] { "origin", "transit", "destination", "mentioned" });
            }

            Assert.Equal(JsonValueKind.Array, root.GetProperty("explanation").ValueKind);
        }
    }

    [Fact]
    public async Task Analyze_NoReadableLine_ExitsNonZero()
    {
        var input = _cli.WriteFile("bad.jsonl", "not json\n{\"id\":1}\n");
        var result = await _cli.RunAsync("analyze", "--input", input, "--output", Path.Combine(_cli.Home, "out.jsonl"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no line", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_MissingInputFile_SaysWhatToDo()
    {
        var result = await _cli.RunAsync("analyze", "--input", Path.Combine(_cli.Home, "nope.jsonl"), "--output", "-");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("there is no input file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_ErrorsNeverEchoPersonalData()
    {
        var input = _cli.WriteFile("pii.jsonl", "{\"id\":\"x\",\"text\":\"call +905321234567\" broken\n");
        var result = await _cli.RunAsync("analyze", "--input", input, "--output", Path.Combine(_cli.Home, "out.jsonl"));

        Assert.DoesNotContain("905321234567", result.All, StringComparison.Ordinal);
        Assert.Contains("line 1", result.Error, StringComparison.Ordinal);
    }
}
