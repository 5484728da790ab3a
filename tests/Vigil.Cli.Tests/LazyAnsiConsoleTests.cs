using Spectre.Console;
using Vigil.Cli;

namespace Vigil.Cli.Tests;

public sealed class LazyAnsiConsoleTests
{
    [Fact]
    public void Console_IsNotCreatedUntilUsed_ThenWritesThroughTheCreatedOne()
    {
        var created = 0;
        var output = new StringWriter();
        var lazy = new LazyAnsiConsole(() =>
        {
            created++;
            return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        });

        Assert.False(lazy.IsCreated);
        Assert.Equal(0, created);

        lazy.WriteLine("posts analysed: 3");
        lazy.Write(new Text("done"));

        Assert.True(lazy.IsCreated);
        Assert.Equal(1, created);
        Assert.Equal("posts analysed: 3\ndone", output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
    }
}
