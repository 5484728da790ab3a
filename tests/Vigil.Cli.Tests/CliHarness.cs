using System.CommandLine;
using System.Text;
using Spectre.Console;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

/// <summary>What one in-process run of <c>vigil</c> returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Console, string Out, string Error)
{
    public string All => Console + Out + Error;
}

/// <summary>
/// Runs the real command tree in-process with an injected console (plain text, wide, non-interactive),
/// string writers for stdout/stderr, a fake clock and a throwaway Vigil home.
/// </summary>
internal sealed class CliHarness
{
    public CliHarness()
    {
        Home = TestPaths.TempDir("vigil-cli");
        Paths = new AppPaths(Home);
    }

    public string Home { get; }

    /// <summary>The time every run sees (a fake clock); move it to test retention.</summary>
    public DateTimeOffset Now { get; set; } = Some.Instant;

    /// <summary>The environment the commands see (collection settings, credentials); empty unless a test sets some.</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public AppPaths Paths { get; }

    public string Store(string name = "test.db") => Path.Combine(Home, "stores", name);

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Home, "input", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var console = new StringWriter();
        var output = new StringWriter();
        var error = new StringWriter();
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        ansi.Profile.Width = 240;
        var context = new CliContext(ansi, output, error, () => Stream.Null, () => Stream.Null, Clocks.At(Now), Paths) { Environment = Environment };
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var code = await CommandTree.Build(context, args).Parse(args).InvokeAsync(configuration, TestContext.Current.CancellationToken); // as Program.cs builds it
        return new CliResult(code, console.ToString(), output.ToString(), error.ToString());
    }
}
