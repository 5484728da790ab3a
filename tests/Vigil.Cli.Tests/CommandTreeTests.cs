using Spectre.Console;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

public sealed class CommandTreeTests
{
    private static CliContext Context() =>
        new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }), TextWriter.Null, TextWriter.Null,
            () => Stream.Null, () => Stream.Null, Clocks.At(), new AppPaths(TestPaths.TempDir("vigil-tree")));

    [Fact]
    public void Build_FirstArgumentNamesAVerb_BuildsOnlyThatVerb()
    {
        var root = CommandTree.Build(Context(), ["analyze", "--input", "x.jsonl"]);

        Assert.Equal(["analyze"], root.Subcommands.Select(c => c.Name));
    }

    [Theory]
    [InlineData()]
    [InlineData("--help")]
    [InlineData("no-such-verb")]
    public void Build_NoVerbNamed_BuildsEveryVerb(params string[] args)
    {
        var names = CommandTree.Build(Context(), args).Subcommands.Select(c => c.Name).ToList();

        Assert.Equal(20, names.Count);
        Assert.Contains("serve", names);
        Assert.Contains("operation", names);
        Assert.Equal(names, CommandTree.Build(Context()).Subcommands.Select(c => c.Name));
    }

    [Fact]
    public async Task UnknownVerb_IsStillReportedWithTheListOfVerbs()
    {
        var result = await new CliHarness().RunAsync("no-such-verb");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("analyze", result.All);
    }
}
