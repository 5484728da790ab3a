using Spectre.Console;

namespace Vigil.Cli;

/// <summary>
/// Everything a command touches outside itself, injected so commands run in-process in tests:
/// the console (tables, progress), plain writers for machine output, stdin/stdout streams, the clock
/// and the default paths.
/// </summary>
public sealed record CliContext(
    IAnsiConsole Console,
    TextWriter Out,
    TextWriter Error,
    Func<Stream> OpenStdin,
    Func<Stream> OpenStdout,
    TimeProvider Clock,
    AppPaths Paths)
{
    /// <summary>The environment variables the command sees (collection settings and credentials); tests pass their own.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = ProcessEnvironment();

    private static Dictionary<string, string> ProcessEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string ?? "";
        }

        return variables;
    }
}
